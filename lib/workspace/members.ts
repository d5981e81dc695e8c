import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { memberships, users } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Role } from "./roles";

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(db: Executor, workspaceId: string): Promise<Member[]> {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}

async function otherOwners(db: Executor, workspaceId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.role, "owner"),
        ne(memberships.userId, userId),
      ),
    );
  return row?.n ?? 0;
}

/** A workspace always keeps at least one owner, or nobody could manage it again. */
async function assertNotLastOwner(db: Executor, workspaceId: string, userId: string) {
  const [current] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!current) throw notFound("member");
  if (current.role === "owner" && (await otherOwners(db, workspaceId, userId)) === 0) {
    throw new AppError(409, "last_owner", "errors.lastOwner");
  }
}

export async function changeMemberRole(
  db: Executor,
  workspaceId: string,
  userId: string,
  role: Role,
): Promise<void> {
  if (role !== "owner") await assertNotLastOwner(db, workspaceId, userId);
  const updated = await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  if (updated.length === 0) throw notFound("member");
}

export async function removeMember(
  db: Executor,
  workspaceId: string,
  userId: string,
): Promise<void> {
  await assertNotLastOwner(db, workspaceId, userId);
  await db
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
}
