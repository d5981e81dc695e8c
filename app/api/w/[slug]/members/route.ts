import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { listMembers } from "@/lib/workspace/members";

export const GET = withWorkspace(
  async (_request, { workspace, db }) => {
    const members = await listMembers(db, workspace.id);
    return NextResponse.json({
      members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
    });
  },
  { role: "viewer" },
);
