import { NextResponse } from "next/server";
import { parseJsonBody, parseWith } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toFlowSummaryJson } from "@/lib/flow-store/api-schemas";
import { createFlow, listFlows } from "@/lib/flow-store/flows";
import { createFlowSchema, listFlowsQuerySchema } from "@/lib/flow-store/schemas";

export const GET = withWorkspace(
  async (request, { workspace, db }) => {
    const { q } = parseWith(listFlowsQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
    const flows = await listFlows(db, workspace.id, { q });
    return NextResponse.json({ flows: flows.map(toFlowSummaryJson) });
  },
  { role: "viewer" },
);

export const POST = withWorkspace(
  async (request, { workspace, user, db }) => {
    const { name } = await parseJsonBody(request, createFlowSchema);
    const flow = await createFlow(db, { workspaceId: workspace.id, name, userId: user.id });
    return NextResponse.json(flow, { status: 201 });
  },
  { role: "editor" },
);
