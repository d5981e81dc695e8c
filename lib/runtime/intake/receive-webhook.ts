/**
 * The webhook endpoint's logic, behind the thin route `app/api/webhooks/whatsapp/[channelId]`:
 * GET is Meta's verify handshake; POST checks the signature over the raw bytes, parses, stores
 * everything in one transaction and answers 200 — the work happens afterwards, from the queue.
 */
import { isId } from "@/lib/api/parse";
import { parseVerifyChallenge, parseWebhookBody, verifySignature } from "@/lib/whatsapp";
import type { Runtime } from "../runtime";
import type { RuntimeChannel } from "../sources";
import { ingestEvents, logRejectedBody } from "./ingest-events";
import { readLimitedBody } from "./read-limited-body";

/** Meta's documented maximum webhook body. */
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

function plain(status: number, body: string): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Channels by id for a few seconds: every webhook needs the channel and its decrypted secret,
 * and a campaign sends thousands a second. A secret changed meanwhile is caught below: a
 * signature that fails against a cached secret is checked again against a fresh read.
 */
const CHANNEL_TTL_MS = 5_000;
const channelCache = new Map<string, { at: number; channel: RuntimeChannel | null }>();

async function channelFor(rt: Runtime, channelId: string, fresh = false) {
  const hit = channelCache.get(channelId);
  if (!fresh && hit && rt.now() - hit.at < CHANNEL_TTL_MS) return { ...hit, cached: true };
  const channel = await rt.sources.channels.forWebhook(rt.db, channelId);
  if (channelCache.size > 10_000) channelCache.clear();
  channelCache.set(channelId, { at: rt.now(), channel });
  return { channel, cached: false };
}

export async function verifyWebhook(rt: Runtime, channelId: string, url: URL): Promise<Response> {
  const channel = isId(channelId) ? await rt.sources.channels.forWebhook(rt.db, channelId) : null;
  const challenge = channel ? parseVerifyChallenge(url.searchParams, channel.verifyToken) : null;
  return challenge === null ? plain(403, "Forbidden") : plain(200, challenge);
}

export async function receiveWebhook(
  rt: Runtime,
  channelId: string,
  request: Request,
): Promise<Response> {
  if (!isId(channelId)) return plain(404, "Unknown channel");
  const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  if (body === null) return plain(413, "Payload too large");
  const signature = request.headers.get("x-hub-signature-256");
  const first = await channelFor(rt, channelId);
  let channel = first.channel;
  if (first.cached && channel && !verifySignature(body, signature, channel.appSecret)) {
    channel = (await channelFor(rt, channelId, true)).channel;
  }
  if (!channel) return plain(404, "Unknown channel");
  // Nothing is stored before the signature checks out.
  if (!verifySignature(body, signature, channel.appSecret)) {
    return plain(401, "Invalid signature");
  }
  const parsed = parseWebhookBody(body);
  if (!parsed.ok) {
    await logRejectedBody(rt, channel, `${parsed.reason}: ${parsed.message}`, body);
    return plain(200, "OK");
  }
  await ingestEvents(rt, channel, parsed.events);
  return plain(200, "OK");
}
