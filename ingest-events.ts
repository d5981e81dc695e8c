/**
 * The durable half of a webhook POST: every message, system notice and status of every entry and
 * change goes into the database in ONE transaction together with the jobs that will process
 * them, so the 200 Meta gets means "stored and scheduled". Unique indexes make a redelivery a
 * no-op: nothing is inserted, and no job is queued for it.
 */
import { sql } from "drizzle-orm";
import { channels, inboundMessages, webhookEvents } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import type { MessageEvent, SystemEvent, WebhookEvent } from "@/lib/whatsapp";
import type { ChannelRecord } from "../channels/channel-record";
import { recordStatuses, type StatusToRecord } from "../outbox/apply-statuses";
import { queueWindowFallback } from "../outbox/queue-window-fallback";
import type { DrainTarget } from "../queue/drain-target";
import type { RuntimeContext } from "../runtime-context";
import { sameSecret } from "./same-secret";

/** Bodies kept for debugging are cut here. */
export const MAX_LOGGED_BODY = 256 * 1024;

/** `channels.last_webhook_at` is health information: once per channel per interval is plenty. */
const HEALTH_WRITE_INTERVAL_MS = 10_000;
const lastHealthWrite = new Map<string, number>();

export function truncateForLog(text: string): string {
  return text.length > MAX_LOGGED_BODY ? `${text.slice(0, MAX_LOGGED_BODY)}…[truncated]` : text;
}

type WebhookEventRow = typeof webhookEvents.$inferInsert;
type InboundRow = typeof inboundMessages.$inferInsert;

function messageRow(channel: ChannelRecord, event: MessageEvent): InboundRow {
  return {
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    externalId: event.message.id,
    contactKey: event.contact.key,
    contact: event.contact,
    kind: "message",
    messageType: event.rawType,
    payload: event.message,
    raw: event.raw ?? null,
    sentAt: new Date(event.message.timestamp),
  };
}

function systemRow(channel: ChannelRecord, event: SystemEvent): InboundRow | null {
  if (!event.contact) return null;
  const { raw, ...payload } = event;
  return {
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    externalId: event.messageId,
    contactKey: event.contact.key,
    contact: event.contact,
    kind: "system",
    messageType: event.systemType,
    payload,
    raw: raw ?? null,
    sentAt: new Date(event.timestamp),
  };
}

/**
 * Meta sends the changes of every number of one app to that app's single callback URL, so each
 * change goes to the channel with its phone number id — but only if that channel shares the app
 * secret that signed the body. Anything else is unroutable.
 */
async function routeByNumber(
  runtime: RuntimeContext,
  urlChannel: ChannelRecord,
  events: WebhookEvent[],
): Promise<Map<string, ChannelRecord | null>> {
  const route = new Map<string, ChannelRecord | null>([[urlChannel.phoneNumberId, urlChannel]]);
  const others = [...new Set(events.map((e) => e.phoneNumberId))].filter((id) => !route.has(id));
  const found = await runtime.channels.byPhoneNumberIds(others);
  for (const phoneNumberId of others) {
    const channel = found.find((c) => c.phoneNumberId === phoneNumberId);
    route.set(
      phoneNumberId,
      channel && sameSecret(channel.appSecret, urlChannel.appSecret) ? channel : null,
    );
  }
  return route;
}

export interface IngestSummary {
  messages: number;
  statuses: number;
  unroutable: number;
  logged: number;
}

export async function ingestEvents(
  runtime: RuntimeContext,
  urlChannel: ChannelRecord,
  events: WebhookEvent[],
): Promise<IngestSummary> {
  const route = await routeByNumber(runtime, urlChannel, events);
  const inbound: InboundRow[] = [];
  const statuses: StatusToRecord[] = [];
  const logged: WebhookEventRow[] = [];
  const unroutable = new Map<string, unknown[]>();

  for (const event of events) {
    const channel = route.get(event.phoneNumberId);
    if (!channel) {
      unroutable.set(event.phoneNumberId, [
        ...(unroutable.get(event.phoneNumberId) ?? []),
        event.raw,
      ]);
      continue;
    }
    const log = (kind: string, reason: string, body: unknown) =>
      logged.push({
        workspaceId: channel.workspaceId,
        channelId: channel.id,
        kind,
        reason,
        phoneNumberId: event.phoneNumberId,
        body: truncateForLog(JSON.stringify(body) ?? ""),
      });
    switch (event.type) {
      case "message":
        inbound.push(messageRow(channel, event));
        break;
      case "system": {
        const row = systemRow(channel, event);
        if (row) inbound.push(row);
        else log("invalid", `system ${event.systemType} without a contact`, event.raw);
        break;
      }
      case "status":
        statuses.push({ workspaceId: channel.workspaceId, channelId: channel.id, event });
        break;
      case "error":
        log("error", `Meta error ${event.error.code}: ${event.error.title ?? event.error.message ?? ""}`, event.raw);
        break;
      case "invalid":
        log("invalid", `${event.itemKind}: ${event.reason}`, event.raw);
        break;
    }
  }
  for (const [phoneNumberId, items] of unroutable) {
    logged.push({
      workspaceId: urlChannel.workspaceId,
      channelId: urlChannel.id,
      kind: "unroutable",
      reason: `no channel with phone number id ${phoneNumberId} and this app secret`,
      phoneNumberId,
      body: truncateForLog(JSON.stringify(items)),
    });
  }

  const dueAt = runtime.now() + runtime.config.reorderWindowMs;
  await runtime.database.db.transaction(async (tx) => {
    const fresh =
      inbound.length === 0
        ? []
        : await tx
            .insert(inboundMessages)
            .values(inbound)
            .onConflictDoNothing({ target: [inboundMessages.channelId, inboundMessages.externalId] })
            .returning({ channelId: inboundMessages.channelId, contactKey: inboundMessages.contactKey });
    const { windowClosed } = await recordStatuses(tx, statuses);
    const withFallback = await queueWindowFallback(tx, windowClosed);
    if (logged.length > 0) await tx.insert(webhookEvents).values(logged);
    const targets = new Map<string, DrainTarget>();
    for (const row of fresh) targets.set(`${row.channelId}:${row.contactKey}`, row);
    // A message waits out the reorder window, in case an earlier one is still on its way.
    await runtime.queue.enqueueDrains([...targets.values()], {
      executor: tx,
      startAfter: new Date(dueAt),
    });
    await runtime.queue.enqueueDrains(
      withFallback.map((conversationId) => ({ conversationId })),
      { executor: tx },
    );
  });
  runtime.notify(dueAt);
  await touchChannels(runtime, [...new Set([...route.values()].filter((c) => c !== null))]);
  return {
    messages: inbound.length,
    statuses: statuses.length,
    unroutable: unroutable.size,
    logged: logged.length,
  };
}

async function touchChannels(runtime: RuntimeContext, touched: ChannelRecord[]) {
  const now = runtime.now();
  for (const channel of touched) {
    if (now - (lastHealthWrite.get(channel.id) ?? 0) < HEALTH_WRITE_INTERVAL_MS) continue;
    lastHealthWrite.set(channel.id, now);
    await runtime.database.db
      .update(channels)
      .set({ lastWebhookAt: sql`now()` })
      .where(eq(channels.id, channel.id));
  }
}

/** A correctly signed body we cannot read: answered 200 (or Meta retries it for days) and kept. */
export async function logRejectedBody(
  runtime: RuntimeContext,
  channel: ChannelRecord,
  reason: string,
  body: Uint8Array,
): Promise<void> {
  await runtime.database.db.insert(webhookEvents).values({
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    kind: "rejected",
    reason,
    body: truncateForLog(Buffer.from(body).toString("utf8")),
  });
}
