import { randomBytes } from "node:crypto";
import { users } from "./schema";
import type { Executor } from "./client";
import { createWorkspace } from "@/lib/workspace/workspaces";

/**
 * A user and their workspace, inserted directly (no password hashing: tests that need a real
 * password use registerUser).
 */
export async function seedUserWithWorkspace(db: Executor, label = "user") {
  const unique = randomBytes(4).toString("hex");
  const [user] = await db
    .insert(users)
    .values({
      email: `${label}-${unique}@example.com`,
      name: `${label} ${unique}`,
      passwordHash: "not-a-hash",
    })
    .returning();
  if (!user) throw new Error("seed failed");
  const workspace = await createWorkspace(db, {
    name: `${label} shop ${unique}`,
    ownerId: user.id,
  });
  return { user, workspace };
}

export async function seedUser(db: Executor, label = "member") {
  const unique = randomBytes(4).toString("hex");
  const [user] = await db
    .insert(users)
    .values({
      email: `${label}-${unique}@example.com`,
      name: `${label} ${unique}`,
      passwordHash: "not-a-hash",
    })
    .returning();
  if (!user) throw new Error("seed failed");
  return user;
}
