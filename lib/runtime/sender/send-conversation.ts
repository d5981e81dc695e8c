/**
 * A send job: sends one conversation's outbox, oldest first and one at a time (WhatsApp does
 * not keep the order of messages sent together), at most the number's rate. A row is claimed
 * (`sending`) before the call and settled after it, each in its own short transaction; a
 * message the Cloud API accepted (wamid recorded) is never sent again.
 */
import { and, eq, sql } from "drizzle-orm";
import { outboundMessages } from "@/lib/db/schema";
import { outboundMessageSchema } from "@/lib/flow";
import {
  backoffDelay,
  createCloudApiClient,
  type ClassifiedError,
  type CloudApiClient,
} from "@/lib/whatsapp";
import { applyEarlyStatuses } from "../intake/record-statuses";
import { claimHeads, nextLooks, type OutboundRow } from "./claim-heads";
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

export interface CachedClient {
  at: number;
  client: CloudApiClient | null;
  phoneNumberId: string;
  /** The channel's health as last read or set here: a good send on an unhealthy one marks it ok. */
  unhealthy: boolean;
}

const clients = new Map<string, CachedClient>();

/** The channel's Cloud API client, credentials cached 10 s (shared with read receipts). */
export async function clientFor(rt: Runtime, channelId: string): Promise<CachedClient> {
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
          ...(rt.fetch ? { fetch: rt.fetch } : {}),
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

async function settleFailure(
  rt: Runtime,
  row: OutboundRow,
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

/**
 * Send jobs: the outboxes of many conversations at once. Each round claims every conversation's
 * head in one statement, sends them in parallel (one per conversation, at the number's rate),
 * and records the accepted ones in one statement; then the next round takes the next heads.
 */
export async function sendConversations(rt: Runtime, conversationIds: string[]): Promise<void> {
  let active = [...new Set(conversationIds)];
  for (let round = 0; round < MAX_MESSAGES_PER_JOB && active.length > 0; round += 1) {
    const now = new Date(rt.now());
    const claimed = await claimHeads(rt.db, active, now, SEND_CLAIM_MS);
    const idle = active.filter((id) => !claimed.some((row) => row.conversationId === id));
    const looks = await nextLooks(rt.db, idle, now, MIN_RETRY_MS);
    const wakes = [...looks].map(([conversationId, at]) => ({
      job: { kind: "send" as const, conversationId },
      at,
    }));
    const results = await Promise.all(claimed.map((row) => sendOne(rt, row)));
    const accepted = results.flatMap((r) => (r.kind === "accepted" ? [r] : []));
    await recordAccepted(rt, accepted);
    for (const r of results) {
      // Later messages wait behind a retried one: the customer must read them in order.
      if (r.kind === "retry")
        wakes.push({ job: { kind: "send", conversationId: r.conversationId }, at: r.at });
    }
    if (wakes.length > 0) await rt.queue.enqueueWakes(rt.db, wakes);
    active = results.flatMap((r) => (r.kind === "retry" ? [] : [r.conversationId]));
  }
  if (active.length > 0) await rt.queue.enqueueSends(rt.db, active);
}

/** One conversation's outbox (tests, and the API's immediate sends). */
export function sendConversation(rt: Runtime, conversationId: string): Promise<void> {
  return sendConversations(rt, [conversationId]);
}

type SendResult =
  | {
      kind: "accepted";
      conversationId: string;
      row: OutboundRow;
      wamid: string;
      cached: CachedClient;
    }
  | { kind: "settled"; conversationId: string }
  | { kind: "retry"; conversationId: string; at: Date };

async function sendOne(rt: Runtime, row: OutboundRow): Promise<SendResult> {
  const { conversationId } = row;
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
    return { kind: "settled", conversationId };
  }
  await rt.sendLimiter.forNumber(phoneNumberId).take();
  const result = await client.send(row.recipient, message.data);
  if (result.ok) return { kind: "accepted", conversationId, row, wamid: result.wamid, cached };
  const retryAt = await settleFailure(rt, row, result.error, cached);
  return retryAt
    ? { kind: "retry", conversationId, at: retryAt }
    : { kind: "settled", conversationId };
}

/** The wamids of a round's accepted sends, in one statement, then statuses that came first. */
async function recordAccepted(
  rt: Runtime,
  accepted: Extract<SendResult, { kind: "accepted" }>[],
): Promise<void> {
  if (accepted.length === 0) return;
  const pairs = sql.join(
    accepted.map((a) => sql`(${a.row.id}::uuid, ${a.wamid}::text)`),
    sql`, `,
  );
  await rt.db.execute(sql`update ${outboundMessages} as o
    set status = 'accepted', wamid = v.wamid, accepted_at = now(), claimed_until = null
    from (values ${pairs}) as v(id, wamid)
    where o.id = v.id and o.status = 'sending'`);
  await applyEarlyStatuses(
    rt,
    accepted.map((a) => a.wamid),
  );
  for (const { cached, row } of accepted) {
    if (!cached.unhealthy) continue;
    // Only when the cached state says unhealthy: a healthy channel costs no write per send.
    cached.unhealthy = false;
    await rt.sources.channels.sendRecovered(rt.db, row.channelId);
  }
}
