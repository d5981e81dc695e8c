import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/respond";
import { getDb, type Db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors/app-error";
import { roleAtLeast, type Role } from "@/lib/workspace/roles";
import { findMembership, type WorkspaceWithRole } from "@/lib/workspace/workspaces";
import { currentUser } from "./session";
import type { PublicUser } from "./users";

export interface WorkspaceContext<P> {
  params: P;
  workspace: WorkspaceWithRole;
  user: PublicUser;
  db: Db;
}

export interface SessionContext<P> {
  params: P;
  user: PublicUser;
  db: Db;
}

type RouteArgs<P> = { params: Promise<P> };

/** Route handler guard for signed-in users that is not tied to a workspace. */
export function withSession<P>(
  handler: (request: NextRequest, ctx: SessionContext<P>) => Promise<Response>,
) {
  return async (request: NextRequest, args: RouteArgs<P>): Promise<Response> => {
    try {
      const user = await currentUser();
      if (!user) throw new AppError(401, "unauthenticated", "errors.unauthenticated");
      return await handler(request, { params: await args.params, user, db: await getDb() });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * THE guard of every workspace route handler: a session, membership of `params.slug` (otherwise
 * 404, so outsiders cannot even learn that a workspace exists) and at least `role` (otherwise 403).
 */
export function withWorkspace<P extends { slug: string }>(
  handler: (request: NextRequest, ctx: WorkspaceContext<P>) => Promise<Response>,
  options: { role: Role },
) {
  return withSession<P>(async (request, { params, user, db }) => {
    const workspace = await findMembership(db, params.slug, user.id);
    if (!workspace) throw new AppError(404, "not_found", "errors.notFound", { what: "workspace" });
    if (!roleAtLeast(workspace.role, options.role)) throw forbidden();
    return handler(request, { params, workspace, user, db });
  });
}

/** The same check for pages and server actions: renders the not-found page for outsiders. */
export async function requireWorkspace(
  slug: string,
  user: PublicUser,
  role: Role = "viewer",
): Promise<{ workspace: WorkspaceWithRole; db: Db }> {
  const db = await getDb();
  const workspace = await findMembership(db, slug, user.id);
  if (!workspace || !roleAtLeast(workspace.role, role)) notFound();
  return { workspace, db };
}
