import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { renameWorkspaceSchema } from "@/lib/workspace/schemas";
import { renameWorkspace } from "@/lib/workspace/workspaces";

export const GET = withWorkspace(
  async (_request, { workspace }) => NextResponse.json({ workspace }),
  { role: "viewer" },
);

export const PATCH = withWorkspace(
  async (request, { workspace, db }) => {
    const { name } = await parseJsonBody(request, renameWorkspaceSchema);
    await renameWorkspace(db, workspace.id, name);
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);
