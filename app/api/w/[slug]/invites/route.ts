import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { publicOrigin } from "@/lib/api/public-url";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toInviteJson } from "@/lib/workspace/api-schemas";
import { createInvite, listPendingInvites } from "@/lib/workspace/invites";
import { createInviteSchema } from "@/lib/workspace/schemas";

export const GET = withWorkspace(
  async (_request, { workspace, db }) => {
    const invites = await listPendingInvites(db, workspace.id);
    return NextResponse.json({ invites: invites.map(toInviteJson) });
  },
  { role: "owner" },
);

export const POST = withWorkspace(
  async (request, { workspace, user, db }) => {
    const { role } = await parseJsonBody(request, createInviteSchema);
    const { token, invite } = await createInvite(db, {
      workspaceId: workspace.id,
      role,
      createdBy: user.id,
    });
    const url = `${publicOrigin(request)}/invite/${token}`;
    return NextResponse.json({ invite: toInviteJson(invite), url }, { status: 201 });
  },
  { role: "owner" },
);
