import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { VersionsPage } from "@/components/publishing/versions-page";
import { isId } from "@/lib/api/parse";
import { workspacePageContext } from "@/lib/auth/page-context";
import { AppError } from "@/lib/errors/app-error";
import { getFlow } from "@/lib/flow-store/flows";
import { toPublicationJson, toVersionJson } from "@/lib/publishing/api-schemas";
import { getPublication, listVersions } from "@/lib/publishing/versions";
import { roleAtLeast } from "@/lib/workspace/roles";

type Params = Promise<{ slug: string; flowId: string }>;

async function load(params: Params) {
  const { slug, flowId } = await params;
  const context = await workspacePageContext(slug);
  if (!isId(flowId)) notFound();
  try {
    const flow = await getFlow(context.db, context.workspace.id, flowId);
    return { ...context, flow };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { flow } = await load(params);
  const t = await getTranslations("publishing.versionsPage");
  return { title: t("title", { name: flow.name }) };
}

export default async function VersionsRoute({ params }: { params: Params }) {
  const { workspace, db, flow } = await load(params);
  const [versions, publication] = await Promise.all([
    listVersions(db, workspace.id, flow.id),
    getPublication(db, workspace.id, flow.id),
  ]);
  return (
    <VersionsPage
      slug={workspace.slug}
      flow={{ id: flow.id, name: flow.name }}
      canEdit={roleAtLeast(workspace.role, "editor")}
      initial={{
        versions: versions.map(toVersionJson),
        publication: toPublicationJson(publication),
      }}
    />
  );
}
