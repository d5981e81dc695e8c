import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { channels, flows, publications } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { CreateChannelInput, UpdateChannelInput } from "./schemas";
import { encryptSecret } from "./secret-box";

export type ChannelHealth = "ok" | "unhealthy";

/** What the UI and the API see: never a secret, only whether one is set. */
export interface ChannelSummary {
  id: string;
  name: string;
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string | null;
  verifyToken: string;
  graphApiVersion: string;
  unmatchedReply: string | null;
  accessTokenSet: true;
  appSecretSet: true;
  webhookPath: string;
  health: ChannelHealth;
  lastWebhookAt: Date | null;
  lastSendError: string | null;
  lastSendErrorAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  liveFlows: { id: string; name: string }[];
}

/** Where Meta posts this channel's webhooks (and verifies the URL with a GET). */
export function webhookPath(channelId: string): string {
  return `/api/webhooks/whatsapp/${channelId}`;
}

export function generateVerifyToken(): string {
  return randomBytes(18).toString("base64url");
}

const summaryColumns = {
  id: channels.id,
  name: channels.name,
  phoneNumberId: channels.phoneNumberId,
  wabaId: channels.wabaId,
  displayPhoneNumber: channels.displayPhoneNumber,
  verifyToken: channels.verifyToken,
  graphApiVersion: channels.graphApiVersion,
  unmatchedReply: channels.unmatchedReply,
  health: channels.health,
  lastWebhookAt: channels.lastWebhookAt,
  lastSendError: channels.lastSendError,
  lastSendErrorAt: channels.lastSendErrorAt,
  createdAt: channels.createdAt,
  updatedAt: channels.updatedAt,
};

/** Postgres' unique_violation, through either driver (drizzle may wrap it in `cause`). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && "code" in e && e.code === "23505") return true;
    e = typeof e === "object" && "cause" in e ? e.cause : undefined;
  }
  return false;
}

const phoneNumberTaken = () =>
  new AppError(409, "phone_number_taken", "channels.errors.phoneNumberTaken", {}, [
    { path: "phoneNumberId", message: "channels.errors.phoneNumberTaken" },
  ]);

async function assertPhoneNumberFree(db: Executor, phoneNumberId: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(eq(channels.phoneNumberId, phoneNumberId));
  if (taken && taken.id !== exceptId) throw phoneNumberTaken();
}

async function liveFlowsByChannel(
  db: Executor,
  channelIds: string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const byChannel = new Map<string, { id: string; name: string }[]>();
  if (channelIds.length === 0) return byChannel;
  const rows = await db
    .select({ channelId: publications.channelId, id: flows.id, name: flows.name })
    .from(publications)
    .innerJoin(flows, eq(flows.id, publications.flowId))
    .where(inArray(publications.channelId, channelIds))
    .orderBy(asc(flows.name));
  for (const row of rows) {
    const list = byChannel.get(row.channelId) ?? [];
    list.push({ id: row.id, name: row.name });
    byChannel.set(row.channelId, list);
  }
  return byChannel;
}

function toSummary(
  row: Omit<ChannelSummary, "accessTokenSet" | "appSecretSet" | "webhookPath" | "liveFlows">,
  liveFlows: { id: string; name: string }[],
): ChannelSummary {
  return {
    ...row,
    accessTokenSet: true,
    appSecretSet: true,
    webhookPath: webhookPath(row.id),
    liveFlows,
  };
}

export async function listChannels(db: Executor, workspaceId: string): Promise<ChannelSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(channels)
    .where(eq(channels.workspaceId, workspaceId))
    .orderBy(asc(channels.createdAt), asc(channels.name));
  const live = await liveFlowsByChannel(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toSummary(row, live.get(row.id) ?? []));
}

export async function getChannel(
  db: Executor,
  workspaceId: string,
  channelId: string,
): Promise<ChannelSummary> {
  const [row] = await db
    .select(summaryColumns)
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  if (!row) throw notFound("channel");
  const live = await liveFlowsByChannel(db, [row.id]);
  return toSummary(row, live.get(row.id) ?? []);
}

export async function createChannel(
  db: Executor,
  /** `userId` is null when an API key or the admin CLI creates the channel. */
  input: { workspaceId: string; userId: string | null; channel: CreateChannelInput },
): Promise<ChannelSummary> {
  const c = input.channel;
  await assertPhoneNumberFree(db, c.phoneNumberId);
  let id: string;
  try {
    const [row] = await db
      .insert(channels)
      .values({
        workspaceId: input.workspaceId,
        name: c.name,
        phoneNumberId: c.phoneNumberId,
        wabaId: c.wabaId,
        displayPhoneNumber: c.displayPhoneNumber ?? null,
        accessTokenCiphertext: encryptSecret(c.accessToken),
        appSecretCiphertext: encryptSecret(c.appSecret),
        verifyToken: c.verifyToken ?? generateVerifyToken(),
        ...(c.graphApiVersion ? { graphApiVersion: c.graphApiVersion } : {}),
        unmatchedReply: c.unmatchedReply ?? null,
        createdBy: input.userId,
      })
      .returning({ id: channels.id });
    if (!row) throw new Error("insert returned nothing");
    id = row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw phoneNumberTaken();
    throw error;
  }
  return getChannel(db, input.workspaceId, id);
}

export async function updateChannel(
  db: Executor,
  input: { workspaceId: string; channelId: string; changes: UpdateChannelInput },
): Promise<ChannelSummary> {
  const c = input.changes;
  if (c.phoneNumberId) await assertPhoneNumberFree(db, c.phoneNumberId, input.channelId);
  try {
    const updated = await db
      .update(channels)
      .set({
        ...(c.name !== undefined ? { name: c.name } : {}),
        ...(c.phoneNumberId !== undefined ? { phoneNumberId: c.phoneNumberId } : {}),
        ...(c.wabaId !== undefined ? { wabaId: c.wabaId } : {}),
        ...(c.displayPhoneNumber !== undefined ? { displayPhoneNumber: c.displayPhoneNumber } : {}),
        ...(c.accessToken ? { accessTokenCiphertext: encryptSecret(c.accessToken) } : {}),
        ...(c.appSecret ? { appSecretCiphertext: encryptSecret(c.appSecret) } : {}),
        ...(c.verifyToken !== undefined ? { verifyToken: c.verifyToken } : {}),
        ...(c.graphApiVersion !== undefined ? { graphApiVersion: c.graphApiVersion } : {}),
        ...(c.unmatchedReply !== undefined ? { unmatchedReply: c.unmatchedReply } : {}),
        // A new token is the usual fix for a failing channel: give it a fresh start.
        ...(c.accessToken
          ? { health: "ok" as const, lastSendError: null, lastSendErrorAt: null }
          : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(channels.id, input.channelId), eq(channels.workspaceId, input.workspaceId)))
      .returning({ id: channels.id });
    if (updated.length === 0) throw notFound("channel");
  } catch (error) {
    if (isUniqueViolation(error)) throw phoneNumberTaken();
    throw error;
  }
  return getChannel(db, input.workspaceId, input.channelId);
}

/** Refused (409, naming the flows) while flows are live on the channel. Run in a transaction. */
export async function deleteChannel(
  db: Executor,
  workspaceId: string,
  channelId: string,
): Promise<void> {
  // The row lock makes a concurrent publish to this channel wait, so the check below holds.
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .for("update");
  if (!row) throw notFound("channel");
  const live = (await liveFlowsByChannel(db, [channelId])).get(channelId) ?? [];
  if (live.length > 0) {
    throw new AppError(409, "channel_in_use", "channels.errors.inUse", {
      flows: live.map((f) => `"${f.name}"`).join(", "),
      count: live.length,
    });
  }
  await db.delete(channels).where(eq(channels.id, channelId));
}
