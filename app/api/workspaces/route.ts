import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withSession } from "@/lib/auth/with-workspace";
import { createWorkspaceSchema } from "@/lib/workspace/schemas";
import { createWorkspace, listWorkspacesForUser } from "@/lib/workspace/workspaces";

export const GET = withSession(async (_request, { user, db }) => {
  return NextResponse.json({ workspaces: await listWorkspacesForUser(db, user.id) });
});

export const POST = withSession(async (request, { user, db }) => {
  const { name } = await parseJsonBody(request, createWorkspaceSchema);
  const workspace = await db.transaction((tx) => createWorkspace(tx, { name, ownerId: user.id }));
  return NextResponse.json({ slug: workspace.slug, name: workspace.name }, { status: 201 });
});
