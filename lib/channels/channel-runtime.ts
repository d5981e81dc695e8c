/**
 * Unscoped reads and writes for the webhook runtime, which knows a channel only by the id in the
 * webhook URL or the phone number id in Meta's payload. Never expose these to a workspace route.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { channels } from "@/lib/db/schema";
import { decryptSecret } from "./secret-box";

export interface WebhookChannel {
  id: string;
  workspaceId: string;
  phoneNumberId: string;
  verifyToken: string;
  /** Decrypted: checks the X-Hub-Signature-256 of every webhook. */
  appSecret: string;
  unmatchedReply: string | null;
}

export async function loadChannelForWebhook(
  db: Executor,
  channelId: string,
): Promise<WebhookChannel | null> {
  const [row] = await db
    .select({
      id: channels.id,
      workspaceId: channels.workspaceId,
      phoneNumberId: channels.phoneNumberId,
      verifyToken: channels.verifyToken,
      appSecretCiphertext: channels.appSecretCiphertext,
      unmatchedReply: channels.unmatchedReply,
    })
    .from(channels)
    .where(eq(channels.id, channelId));
  if (!row) return null;
  const { appSecretCiphertext, ...rest } = row;
  return { ...rest, appSecret: decryptSecret(appSecretCiphertext) };
}

/** At most one today (the column is unique); a list so callers need not change if that relaxes. */
export async function findChannelsByPhoneNumberId(
  db: Executor,
  phoneNumberId: string,
): Promise<{ id: string; workspaceId: string }[]> {
  return db
    .select({ id: channels.id, workspaceId: channels.workspaceId })
    .from(channels)
    .where(eq(channels.phoneNumberId, phoneNumberId));
}

export interface SendCredentials {
  phoneNumberId: string;
  /** Decrypted bearer token for the Cloud API. */
  accessToken: string;
  graphApiVersion: string;
  /** Marked unhealthy by a failed send (token, permissions): a good send marks it ok again. */
  unhealthy: boolean;
}

export async function channelSendCredentials(
  db: Executor,
  channelId: string,
): Promise<SendCredentials | null> {
  const [row] = await db
    .select({
      phoneNumberId: channels.phoneNumberId,
      accessTokenCiphertext: channels.accessTokenCiphertext,
      graphApiVersion: channels.graphApiVersion,
      health: channels.health,
    })
    .from(channels)
    .where(eq(channels.id, channelId));
  if (!row) return null;
  return {
    phoneNumberId: row.phoneNumberId,
    accessToken: decryptSecret(row.accessTokenCiphertext),
    graphApiVersion: row.graphApiVersion,
    unhealthy: row.health === "unhealthy",
  };
}

/** Health: the newest webhook time wins, so out-of-order calls never move it backwards. */
export async function recordWebhookReceived(
  db: Executor,
  channelId: string,
  at: Date,
): Promise<void> {
  await db
    .update(channels)
    .set({
      lastWebhookAt: sql`greatest(${channels.lastWebhookAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(eq(channels.id, channelId));
}

/**
 * Health: remembers the last failed send. `unhealthy` (e.g. an expired token) marks the channel
 * so the settings page says so until the token is replaced.
 */
export async function recordSendError(
  db: Executor,
  channelId: string,
  error: { code: number | string | null; message: string; unhealthy: boolean },
  at: Date = new Date(),
): Promise<void> {
  const text = error.code === null ? error.message : `${error.code}: ${error.message}`;
  await db
    .update(channels)
    .set({
      lastSendError: text.slice(0, 1000),
      lastSendErrorAt: at,
      ...(error.unhealthy ? { health: "unhealthy" as const } : {}),
    })
    .where(eq(channels.id, channelId));
}

/**
 * Health: a send went through on a channel marked unhealthy (the token or permissions were fixed
 * at Meta), so it is ok again. Conditional, so calling it on a healthy channel writes nothing; the
 * last error stays on record with its time.
 */
export async function recordSendRecovered(db: Executor, channelId: string): Promise<void> {
  await db
    .update(channels)
    .set({ health: "ok" })
    .where(and(eq(channels.id, channelId), eq(channels.health, "unhealthy")));
}
