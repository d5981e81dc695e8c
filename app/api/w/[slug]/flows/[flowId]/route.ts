import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toFlowSummaryJson } from "@/lib/flow-store/api-schemas";
import { deleteFlow, getFlow, renameFlow } from "@/lib/flow-store/flows";
import { renameFlowSchema } from "@/lib/flow-store/schemas";

type Params = { slug: string; flowId: string };

export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const flow = await getFlow(db, workspace.id, parseId(params.flowId, "flow"));
    return NextResponse.json({
      ...toFlowSummaryJson(flow),
      revision: flow.revision,
      document: flow.document,
    });
  },
  { role: "viewer" },
);

export const PATCH = withWorkspace<Params>(
  async (request, { params, workspace, user, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const { name } = await parseJsonBody(request, renameFlowSchema);
    await renameFlow(db, { workspaceId: workspace.id, flowId, name, userId: user.id });
    return NextResponse.json({ ok: true });
  },
  { role: "editor" },
);

export const DELETE = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    await deleteFlow(db, workspace.id, parseId(params.flowId, "flow"));
    return NextResponse.json({ ok: true });
  },
  { role: "editor" },
);
