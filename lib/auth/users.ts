import { asc, eq } from "drizzle-orm";
import type { Db, Executor } from "@/lib/db";
import { memberships, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors/app-error";
import { createWorkspace, type Workspace } from "@/lib/workspace/workspaces";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schemas";

export type User = typeof users.$inferSelect;
export type PublicUser = Pick<User, "id" | "email" | "name" | "locale" | "createdAt">;

export async function findUserByEmail(db: Executor, email: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<PublicUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return row ?? null;
}

/**
 * Creates an account together with its first workspace, so nobody is ever without one.
 * One transaction: a duplicate e-mail leaves nothing behind.
 */
export async function registerUser(
  db: Db,
  input: SignUpInput & { workspaceName?: string; locale?: string },
): Promise<{ user: PublicUser; workspace: Workspace }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale ?? "en",
      })
      .onConflictDoNothing({ target: users.email })
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        createdAt: users.createdAt,
      });
    if (!user) throw new AppError(409, "email_taken", "errors.email.taken");
    const workspace = await createWorkspace(tx, {
      name: input.workspaceName ?? input.name,
      ownerId: user.id,
    });
    return { user, workspace };
  });
}

export async function setUserLocale(db: Executor, userId: string, locale: string): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export interface UserListing extends PublicUser {
  workspaces: number;
}

export async function listUsers(db: Executor): Promise<UserListing[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      createdAt: users.createdAt,
      workspaceId: memberships.workspaceId,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .orderBy(asc(users.createdAt));
  const byId = new Map<string, UserListing>();
  for (const { workspaceId, ...user } of rows) {
    const entry = byId.get(user.id) ?? { ...user, workspaces: 0 };
    if (workspaceId) entry.workspaces += 1;
    byId.set(user.id, entry);
  }
  return [...byId.values()];
}
