import { notFound } from "next/navigation";
import { cache } from "react";
import { roleAtLeast, type Role } from "@/lib/workspace/roles";
import { requireUser } from "./session";
import { requireWorkspace } from "./with-workspace";

/**
 * The signed-in user and their membership of `slug`, for pages and layouts. Cached per request so
 * a layout and its page ask the database once.
 */
export const workspacePageContext = cache(async (slug: string) => {
  const user = await requireUser();
  const { workspace, db } = await requireWorkspace(slug, user);
  return { user, workspace, db };
});

/** For pages only some roles may open: everyone else sees the not-found page. */
export async function requirePageRole(slug: string, role: Role) {
  const context = await workspacePageContext(slug);
  if (!roleAtLeast(context.workspace.role, role)) notFound();
  return context;
}
