import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { invites, memberships, workspaces } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { roleAtLeast, type Role } from "./roles";

const INVITE_DAYS = 7;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface PendingInvite {
  id: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
}

/** Returns the token once: only its hash is stored, so the link cannot be shown again later. */
export async function createInvite(
  db: Executor,
  input: { workspaceId: string; role: Role; createdBy: string },
  now = new Date(),
): Promise<{ token: string; invite: PendingInvite }> {
  const token = randomBytes(24).toString("base64url");
  const [invite] = await db
    .insert(invites)
    .values({
      workspaceId: input.workspaceId,
      role: input.role,
      createdBy: input.createdBy,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 24 * 3600 * 1000),
    })
    .returning({
      id: invites.id,
      role: invites.role,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
    });
  if (!invite) throw new Error("insert returned nothing");
  return { token, invite };
}

export async function listPendingInvites(
  db: Executor,
  workspaceId: string,
  now = new Date(),
): Promise<PendingInvite[]> {
  return db
    .select({
      id: invites.id,
      role: invites.role,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
    })
    .from(invites)
    .where(
      and(
        eq(invites.workspaceId, workspaceId),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, now),
      ),
    )
    .orderBy(desc(invites.createdAt));
}

export async function revokeInvite(
  db: Executor,
  workspaceId: string,
  inviteId: string,
): Promise<void> {
  const revoked = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(invites.id, inviteId),
        eq(invites.workspaceId, workspaceId),
        isNull(invites.acceptedAt),
      ),
    )
    .returning({ id: invites.id });
  if (revoked.length === 0) throw notFound("invite");
}

export interface InviteDetails {
  inviteId: string;
  role: Role;
  workspace: { id: string; name: string; slug: string };
}

/** An invite that can still be accepted, or null (unknown, used, revoked or expired). */
export async function findUsableInvite(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<InviteDetails | null> {
  const [row] = await db
    .select({
      inviteId: invites.id,
      role: invites.role,
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
    })
    .from(invites)
    .innerJoin(workspaces, eq(workspaces.id, invites.workspaceId))
    .where(
      and(
        eq(invites.tokenHash, hashToken(token)),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, now),
      ),
    );
  if (!row) return null;
  return {
    inviteId: row.inviteId,
    role: row.role,
    workspace: { id: row.id, name: row.name, slug: row.slug },
  };
}

/**
 * Joins the user to the invite's workspace and uses the invite up. Someone who is already a member
 * keeps the higher of their role and the invite's. Run inside a transaction.
 */
export async function acceptInvite(
  db: Executor,
  token: string,
  userId: string,
  now = new Date(),
): Promise<InviteDetails["workspace"]> {
  const invite = await findUsableInvite(db, token, now);
  if (!invite) throw new AppError(404, "invite_invalid", "errors.inviteInvalid");
  const used = await db
    .update(invites)
    .set({ acceptedAt: now, acceptedBy: userId })
    .where(and(eq(invites.id, invite.inviteId), isNull(invites.acceptedAt)))
    .returning({ id: invites.id });
  // Two people racing for one link: only the first gets in.
  if (used.length === 0) throw new AppError(404, "invite_invalid", "errors.inviteInvalid");
  const [existing] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, invite.workspace.id), eq(memberships.userId, userId)));
  if (!existing) {
    await db
      .insert(memberships)
      .values({ workspaceId: invite.workspace.id, userId, role: invite.role });
  } else if (!roleAtLeast(existing.role, invite.role)) {
    await db
      .update(memberships)
      .set({ role: invite.role })
      .where(and(eq(memberships.workspaceId, invite.workspace.id), eq(memberships.userId, userId)));
  }
  return invite.workspace;
}
