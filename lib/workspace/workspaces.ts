import { randomBytes } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { memberships, workspaces } from "@/lib/db/schema";
import type { Role } from "./roles";
import { slugify } from "./slug";

export type Workspace = typeof workspaces.$inferSelect;
export interface WorkspaceWithRole {
  id: string;
  name: string;
  slug: string;
  role: Role;
}

/** Creates a workspace and makes `ownerId` its owner. Call inside a transaction. */
export async function createWorkspace(
  db: Executor,
  input: { name: string; ownerId: string },
): Promise<Workspace> {
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 8; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const [created] = await db
      .insert(workspaces)
      .values({ name: input.name, slug })
      .onConflictDoNothing({ target: workspaces.slug })
      .returning();
    if (created) {
      await db
        .insert(memberships)
        .values({ workspaceId: created.id, userId: input.ownerId, role: "owner" });
      return created;
    }
  }
  throw new Error("could not find a free workspace slug");
}

export async function listWorkspacesForUser(
  db: Executor,
  userId: string,
): Promise<WorkspaceWithRole[]> {
  return db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

/** The workspace behind `slug` if `userId` belongs to it; null otherwise (callers answer 404). */
export async function findMembership(
  db: Executor,
  slug: string,
  userId: string,
): Promise<WorkspaceWithRole | null> {
  const [row] = await db
    .select({
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
      role: memberships.role,
    })
    .from(workspaces)
    .innerJoin(memberships, eq(memberships.workspaceId, workspaces.id))
    .where(and(eq(workspaces.slug, slug), eq(memberships.userId, userId)));
  return row ?? null;
}

export async function renameWorkspace(
  db: Executor,
  workspaceId: string,
  name: string,
): Promise<void> {
  await db.update(workspaces).set({ name }).where(eq(workspaces.id, workspaceId));
}

export async function findWorkspaceByName(db: Executor, name: string): Promise<Workspace | null> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.name, name)).limit(1);
  return row ?? null;
}
