/**
 * The webhook endpoint's logic, behind the thin route `app/api/webhooks/whatsapp/[channelId]`
 * and the worker's own listener (webhook-listener.ts): GET is Meta's verify handshake; POST
 * checks the signature over the raw bytes, parses, stores everything in one transaction and
 * answers 200 — the work happens afterwards, from the queue.
 */
import { isId } from "@/lib/api/parse";
import { parseVerifyChallenge, parseWebhookBody, verifySignature } from "@/lib/whatsapp";
import type { Runtime } from "../runtime";
import type { RuntimeChannel } from "../sources";
import { ingestEvents, logRejectedBody } from "./ingest-events";
import { readLimitedBody } from "./read-limited-body";

/** Meta's documented maximum webhook body. */
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

/**
 * Channels by id for a few seconds: every webhook needs the channel and its decrypted secret,
 * and a campaign sends thousands a second. A secret changed meanwhile is caught below: a
 * signature that fails against a cached secret is checked again against a fresh read.
 */
const CHANNEL_TTL_MS = 5_000;
const channelCache = new Map<string, { at: number; channel: Promise<RuntimeChannel | null> }>();

/** The cache holds the read in flight, so a burst of first requests makes one query, not 64. */
async function channelFor(rt: Runtime, channelId: string, fresh = false) {
  const hit = channelCache.get(channelId);
  if (!fresh && hit && rt.now() - hit.at < CHANNEL_TTL_MS) {
    return { channel: await hit.channel, cached: true };
  }
  const channel = rt.sources.channels.forWebhook(rt.db, channelId);
  if (channelCache.size > 10_000) channelCache.clear();
  const entry = { at: rt.now(), channel };
  channelCache.set(channelId, entry);
  // A failed read is not kept: the next request tries again.
  channel.catch(() => {
    if (channelCache.get(channelId) === entry) channelCache.delete(channelId);
  });
  return { channel: await channel, cached: false };
}

/** A webhook answer, whichever server sends it (the Next route or the worker's listener). */
export interface WebhookReply {
  status: number;
  body: string;
}

const reply = (status: number, body: string): WebhookReply => ({ status, body });

export function toResponse({ status, body }: WebhookReply): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** GET: Meta's verify handshake — 200 with the challenge for the channel's token, else 403. */
export async function answerVerify(
  rt: Runtime,
  channelId: string,
  params: URLSearchParams,
): Promise<WebhookReply> {
  const channel = isId(channelId) ? await rt.sources.channels.forWebhook(rt.db, channelId) : null;
  const challenge = channel ? parseVerifyChallenge(params, channel.verifyToken) : null;
  return challenge === null ? reply(403, "Forbidden") : reply(200, challenge);
}

/**
 * POST, once the body is read (`null`: it was over MAX_WEBHOOK_BYTES): checks the signature over
 * the raw bytes, parses, stores everything in one transaction, then answers.
 */
export async function answerWebhook(
  rt: Runtime,
  channelId: string,
  body: Uint8Array | null,
  signature: string | null,
): Promise<WebhookReply> {
  if (!isId(channelId)) return reply(404, "Unknown channel");
  if (body === null) return reply(413, "Payload too large");
  const first = await channelFor(rt, channelId);
  let channel = first.channel;
  if (first.cached && channel && !verifySignature(body, signature, channel.appSecret)) {
    channel = (await channelFor(rt, channelId, true)).channel;
  }
  if (!channel) return reply(404, "Unknown channel");
  // Nothing is stored before the signature checks out.
  if (!verifySignature(body, signature, channel.appSecret)) {
    return reply(401, "Invalid signature");
  }
  const parsed = parseWebhookBody(body);
  if (!parsed.ok) {
    await logRejectedBody(rt, channel, `${parsed.reason}: ${parsed.message}`, body);
    return reply(200, "OK");
  }
  await ingestEvents(rt, channel, parsed.events);
  return reply(200, "OK");
}

export async function verifyWebhook(rt: Runtime, channelId: string, url: URL): Promise<Response> {
  return toResponse(await answerVerify(rt, channelId, url.searchParams));
}

export async function receiveWebhook(
  rt: Runtime,
  channelId: string,
  request: Request,
): Promise<Response> {
  // An unknown id is answered before the body is read.
  if (!isId(channelId)) return toResponse(reply(404, "Unknown channel"));
  const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  return toResponse(
    await answerWebhook(rt, channelId, body, request.headers.get("x-hub-signature-256")),
  );
}
