import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FlowsPage } from "@/components/flows/flows-page";
import { workspacePageContext } from "@/lib/auth/page-context";
import { toFlowSummaryJson } from "@/lib/flow-store/api-schemas";
import { listFlows } from "@/lib/flow-store/flows";
import { roleAtLeast } from "@/lib/workspace/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("flows");
  return { title: t("title") };
}

export default async function FlowsRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, db } = await workspacePageContext((await params).slug);
  const flows = await listFlows(db, workspace.id);
  return (
    <FlowsPage
      slug={workspace.slug}
      canEdit={roleAtLeast(workspace.role, "editor")}
      initialFlows={flows.map(toFlowSummaryJson)}
    />
  );
}
