/**
 * A send job: sends one conversation's outbox, oldest first and one at a time (WhatsApp does
 * not keep the order of messages sent together), at most the number's rate. A row is claimed
 * (`sending`) before the call and settled after it, each in its own short transaction; a
 * message the Cloud API accepted (wamid recorded) is never sent again.
 */
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { outboundMessages } from "@/lib/db/schema";
import { outboundMessageSchema } from "@/lib/flow";
import {
  backoffDelay,
  createCloudApiClient,
  type ClassifiedError,
  type CloudApiClient,
} from "@/lib/whatsapp";
import { applyEarlyStatuses } from "../intake/record-statuses";
import type { Runtime } from "../runtime";
import { recordWindowClosed } from "./record-window-closed";

/**
 * A sender holds a row this long (the client's 15 s timeout plus waiting for the rate limit);
 * after a crash another sender takes it up again.
 */
export const SEND_CLAIM_MS = 30_000;
const CREDENTIALS_TTL_MS = 10_000;
const MIN_RETRY_MS = 500;
const MAX_MESSAGES_PER_JOB = 100;

type Claim =
  | { kind: "done" }
  | { kind: "later"; at: Date }
  | { kind: "send"; row: typeof outboundMessages.$inferSelect };

interface CachedClient {
  at: number;
  client: CloudApiClient | null;
  phoneNumberId: string;
  /** The channel's health as last read or set here: a good send on an unhealthy one marks it ok. */
  unhealthy: boolean;
}

const clients = new Map<string, CachedClient>();

async function clientFor(rt: Runtime, channelId: string): Promise<CachedClient> {
  const key = `${rt.config.graphApiUrl} ${channelId}`;
  const cached = clients.get(key);
  if (cached && rt.now() - cached.at < CREDENTIALS_TTL_MS) return cached;
  const creds = await rt.sources.channels.sendCredentials(rt.db, channelId);
  const entry: CachedClient = {
    at: rt.now(),
    phoneNumberId: creds?.phoneNumberId ?? "",
    unhealthy: creds?.unhealthy ?? false,
    client: creds
      ? createCloudApiClient({
          baseUrl: rt.config.graphApiUrl,
          version: creds.graphApiVersion,
          phoneNumberId: creds.phoneNumberId,
          accessToken: creds.accessToken,
          fetch: rt.fetch,
        })
      : null,
  };
  clients.set(key, entry);
  return entry;
}

/** Forget cached credentials (after a channel's token changed). */
export function forgetSendClient(channelId: string): void {
  for (const key of clients.keys()) if (key.endsWith(` ${channelId}`)) clients.delete(key);
}

function openRows(conversationId: string) {
  return and(
    eq(outboundMessages.conversationId, conversationId),
    inArray(outboundMessages.status, ["queued", "sending"]),
  );
}

/**
 * Claims the conversation's oldest open message in one statement, if it may go now (not waiting
 * for a retry, not held by another sender). Otherwise says when to look again.
 */
async function claimNext(rt: Runtime, conversationId: string): Promise<Claim> {
  const now = new Date(rt.now());
  const head = rt.db
    .select({ id: outboundMessages.id })
    .from(outboundMessages)
    .where(openRows(conversationId))
    .orderBy(asc(outboundMessages.seq))
    .limit(1)
    .for("update");
  const [claimed] = await rt.db
    .update(outboundMessages)
    .set({
      status: "sending",
      claimedUntil: new Date(now.getTime() + SEND_CLAIM_MS),
      attempts: sql`${outboundMessages.attempts} + 1`,
    })
    .where(
      and(
        eq(outboundMessages.id, sql`(${head})`),
        lte(outboundMessages.nextAttemptAt, now),
        or(
          eq(outboundMessages.status, "queued"),
          isNull(outboundMessages.claimedUntil),
          lt(outboundMessages.claimedUntil, now),
        ),
      ),
    )
    .returning();
  if (claimed) return { kind: "send", row: claimed };
  const [waiting] = await rt.db
    .select()
    .from(outboundMessages)
    .where(openRows(conversationId))
    .orderBy(asc(outboundMessages.seq))
    .limit(1);
  if (!waiting) return { kind: "done" };
  const claimEnds =
    waiting.status === "sending" && waiting.claimedUntil ? waiting.claimedUntil.getTime() : 0;
  const at = Math.max(claimEnds, waiting.nextAttemptAt.getTime(), now.getTime() + MIN_RETRY_MS);
  return { kind: "later", at: new Date(at) };
}

async function settleFailure(
  rt: Runtime,
  row: typeof outboundMessages.$inferSelect,
  error: ClassifiedError,
  cached?: CachedClient,
): Promise<Date | null> {
  if (error.kind === "window_closed") {
    await recordWindowClosed(rt, row, error);
    return null;
  }
  const retry = error.retryable && row.attempts < rt.config.maxSendAttempts;
  const at = retry
    ? new Date(rt.now() + Math.max(MIN_RETRY_MS, backoffDelay(row.attempts - 1)))
    : null;
  await rt.db
    .update(outboundMessages)
    .set(
      at
        ? {
            status: "queued",
            nextAttemptAt: at,
            claimedUntil: null,
            errorCode: error.code,
            errorMessage: error.message,
          }
        : {
            status: "failed",
            claimedUntil: null,
            errorCode: error.code,
            errorMessage: error.message,
            statusAt: sql`now()`,
          },
    )
    .where(and(eq(outboundMessages.id, row.id), eq(outboundMessages.status, "sending")));
  if (!retry && (error.kind === "auth" || error.kind === "permanent")) {
    await rt.sources.channels.sendError(rt.db, row.channelId, {
      code: error.code,
      message: error.message,
      unhealthy: error.kind === "auth",
    });
    if (cached && error.kind === "auth") cached.unhealthy = true;
  }
  return at;
}

export async function sendConversation(rt: Runtime, conversationId: string): Promise<void> {
  for (let i = 0; i < MAX_MESSAGES_PER_JOB; i += 1) {
    const claim = await claimNext(rt, conversationId);
    if (claim.kind === "done") return;
    if (claim.kind === "later") {
      await rt.queue.enqueueWake(rt.db, { kind: "send", conversationId }, claim.at);
      return;
    }
    const { row } = claim;
    const message = outboundMessageSchema.safeParse(row.message);
    const cached = await clientFor(rt, row.channelId);
    const { client, phoneNumberId } = cached;
    if (!client || !message.success) {
      await settleFailure(rt, row, {
        kind: "permanent",
        code: null,
        message: client
          ? "The stored message is not a valid outbound message."
          : "The channel is gone or has no credentials.",
        source: "local",
        retryable: false,
      });
      continue;
    }
    await rt.sendLimiter.forNumber(phoneNumberId).take();
    const result = await client.send(row.recipient, message.data);
    if (result.ok) {
      await rt.db
        .update(outboundMessages)
        .set({
          status: "accepted",
          wamid: result.wamid,
          acceptedAt: sql`now()`,
          claimedUntil: null,
        })
        .where(and(eq(outboundMessages.id, row.id), eq(outboundMessages.status, "sending")));
      // Statuses only move forward, so applying the early ones needs no transaction.
      await applyEarlyStatuses(rt.db, result.wamid);
      if (cached.unhealthy) {
        // Only when the cached state says unhealthy: a healthy channel costs no write per send.
        cached.unhealthy = false;
        await rt.sources.channels.sendRecovered(rt.db, row.channelId);
      }
      continue;
    }
    const retryAt = await settleFailure(rt, row, result.error, cached);
    if (retryAt) {
      // Later messages wait behind this one: the customer must read them in order.
      await rt.queue.enqueueWake(rt.db, { kind: "send", conversationId }, retryAt);
      return;
    }
  }
  await rt.queue.enqueueSend(rt.db, conversationId);
}
