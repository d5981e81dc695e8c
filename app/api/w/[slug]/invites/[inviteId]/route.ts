import { NextResponse } from "next/server";
import { parseId } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { revokeInvite } from "@/lib/workspace/invites";

export const DELETE = withWorkspace<{ slug: string; inviteId: string }>(
  async (_request, { params, workspace, db }) => {
    await revokeInvite(db, workspace.id, parseId(params.inviteId, "invite"));
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);
