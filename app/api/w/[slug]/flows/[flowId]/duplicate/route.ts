import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { duplicateFlow } from "@/lib/flow-store/flows";
import { duplicateFlowSchema } from "@/lib/flow-store/schemas";

export const POST = withWorkspace<{ slug: string; flowId: string }>(
  async (request, { params, workspace, user, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const { name } = await parseJsonBody(request, duplicateFlowSchema);
    const copy = await duplicateFlow(db, {
      workspaceId: workspace.id,
      flowId,
      name,
      userId: user.id,
    });
    return NextResponse.json(copy, { status: 201 });
  },
  { role: "editor" },
);
