import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FlowEditor } from "@/components/editor/flow-editor";
import { isId } from "@/lib/api/parse";
import { workspacePageContext } from "@/lib/auth/page-context";
import { AppError } from "@/lib/errors/app-error";
import { getVersion } from "@/lib/publishing/versions";

type Params = Promise<{ slug: string; flowId: string; versionId: string }>;

async function load(params: Params) {
  const { slug, flowId, versionId } = await params;
  const context = await workspacePageContext(slug);
  if (!isId(flowId) || !isId(versionId)) notFound();
  try {
    return {
      ...context,
      version: await getVersion(context.db, context.workspace.id, flowId, versionId),
    };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

async function title(version: { flowName: string; number: number }) {
  const t = await getTranslations("publishing");
  return t("versionTitle", { name: version.flowName, number: version.number });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { version } = await load(params);
  return { title: await title(version) };
}

/** A frozen version on the canvas, read-only for everyone: versions never change. */
export default async function VersionViewRoute({ params }: { params: Params }) {
  const { workspace, version } = await load(params);
  return (
    <FlowEditor
      slug={workspace.slug}
      flow={{
        id: version.flowId,
        name: await title(version),
        document: version.document,
        revision: 0,
      }}
      readOnly
    />
  );
}
