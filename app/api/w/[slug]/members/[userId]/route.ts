import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { changeMemberRole, removeMember } from "@/lib/workspace/members";
import { changeRoleSchema } from "@/lib/workspace/schemas";

type Params = { slug: string; userId: string };

export const PATCH = withWorkspace<Params>(
  async (request, { params, workspace, db }) => {
    const userId = parseId(params.userId, "member");
    const { role } = await parseJsonBody(request, changeRoleSchema);
    await db.transaction((tx) => changeMemberRole(tx, workspace.id, userId, role));
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);

export const DELETE = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const userId = parseId(params.userId, "member");
    await db.transaction((tx) => removeMember(tx, workspace.id, userId));
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);
