import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlowEditor } from "@/components/editor/flow-editor";
import { isId } from "@/lib/api/parse";
import { workspacePageContext } from "@/lib/auth/page-context";
import { AppError } from "@/lib/errors/app-error";
import { getFlow } from "@/lib/flow-store/flows";
import { roleAtLeast } from "@/lib/workspace/roles";

type Params = Promise<{ slug: string; flowId: string }>;

async function load(params: Params) {
  const { slug, flowId } = await params;
  const context = await workspacePageContext(slug);
  if (!isId(flowId)) notFound();
  try {
    return { ...context, flow: await getFlow(context.db, context.workspace.id, flowId) };
  } catch (error) {
    // Another workspace's flow and a missing flow look the same: not found.
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { flow } = await load(params);
  return { title: flow.name };
}

export default async function FlowEditorRoute({ params }: { params: Params }) {
  const { workspace, flow } = await load(params);
  return (
    <FlowEditor
      slug={workspace.slug}
      flow={{ id: flow.id, name: flow.name, document: flow.document, revision: flow.revision }}
      readOnly={!roleAtLeast(workspace.role, "editor")}
      businessName={workspace.name}
    />
  );
}
