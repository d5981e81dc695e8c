/**
 * The durable half of a webhook POST: every message, system notice and status of every entry and
 * change goes into the database in ONE transaction together with the jobs that will process
 * them (shared with concurrent requests: intake-writer.ts), so the 200 Meta gets means "stored
 * and scheduled". The unique wamid makes a redelivery a
 * no-op: nothing is inserted and no job is queued for it.
 */
import { webhookEvents } from "@/lib/db/schema";
import type { MessageEvent, SystemEvent, WebhookEvent } from "@/lib/whatsapp";
import type { Runtime } from "../runtime";
import type { RuntimeChannel } from "../sources";
import { intakeWriter, type InboundRow, type WebhookEventRow } from "./intake-writer";
import type { StatusToRecord } from "./record-statuses";
import { sameSecret } from "./same-secret";

/** Bodies kept for debugging are cut here. */
export const MAX_LOGGED_BODY = 256 * 1024;

/** `last webhook at` is health information: once per channel per interval is plenty. */
const HEALTH_WRITE_INTERVAL_MS = 10_000;
const lastHealthWrite = new Map<string, number>();

export function truncateForLog(text: string): string {
  return text.length > MAX_LOGGED_BODY ? `${text.slice(0, MAX_LOGGED_BODY)}…[truncated]` : text;
}

function messageRow(channel: RuntimeChannel, event: MessageEvent): InboundRow {
  return {
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    wamid: event.message.id,
    contactKey: event.contact.key,
    contact: event.contact,
    kind: "message",
    type: event.rawType,
    payload: event.message,
    raw: event.raw ?? null,
    sentAt: new Date(event.message.timestamp),
  };
}

function systemRow(channel: RuntimeChannel, event: SystemEvent): InboundRow | null {
  if (!event.contact) return null;
  const { raw, ...payload } = event;
  return {
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    wamid: event.messageId,
    contactKey: event.contact.key,
    contact: event.contact,
    kind: "system",
    type: event.systemType,
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
  rt: Runtime,
  urlChannel: RuntimeChannel,
  events: WebhookEvent[],
): Promise<Map<string, RuntimeChannel | null>> {
  const route = new Map<string, RuntimeChannel | null>([[urlChannel.phoneNumberId, urlChannel]]);
  const others = [...new Set(events.map((e) => e.phoneNumberId))].filter((id) => !route.has(id));
  for (const phoneNumberId of others) {
    const candidates = await rt.sources.channels.byPhoneNumberId(rt.db, phoneNumberId);
    const channel = candidates.find((c) => sameSecret(c.appSecret, urlChannel.appSecret));
    route.set(phoneNumberId, channel ?? null);
  }
  return route;
}

export interface IngestSummary {
  /** New inbound rows (redeliveries not counted). */
  stored: number;
  messages: number;
  statuses: number;
  unroutable: number;
  logged: number;
}

export async function ingestEvents(
  rt: Runtime,
  urlChannel: RuntimeChannel,
  events: WebhookEvent[],
): Promise<IngestSummary> {
  const route = await routeByNumber(rt, urlChannel, events);
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
        log(
          "error",
          `Meta error ${event.error.code}: ${event.error.title ?? event.error.message ?? ""}`,
          event.raw,
        );
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

  const stored =
    inbound.length + statuses.length + logged.length === 0
      ? 0
      : await intakeWriter(rt).write({ inbound, statuses, logged });
  await touchChannels(rt, [...new Set([...route.values()].filter((c) => c !== null))]);
  return {
    stored,
    messages: inbound.length,
    statuses: statuses.length,
    unroutable: unroutable.size,
    logged: logged.length,
  };
}

async function touchChannels(rt: Runtime, touched: RuntimeChannel[]) {
  const now = rt.now();
  for (const channel of touched) {
    if (now - (lastHealthWrite.get(channel.id) ?? 0) < HEALTH_WRITE_INTERVAL_MS) continue;
    lastHealthWrite.set(channel.id, now);
    await rt.sources.channels.webhookReceived(rt.db, channel.id, new Date(now));
  }
}

/** A correctly signed body we cannot read: answered 200 (or Meta retries it for days) and kept. */
export async function logRejectedBody(
  rt: Runtime,
  channel: RuntimeChannel,
  reason: string,
  body: Uint8Array,
): Promise<void> {
  await rt.db.insert(webhookEvents).values({
    workspaceId: channel.workspaceId,
    channelId: channel.id,
    kind: "rejected",
    reason,
    body: truncateForLog(Buffer.from(body).toString("utf8")),
  });
}
