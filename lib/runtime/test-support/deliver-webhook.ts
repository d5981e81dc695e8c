/**
 * Tests: hands a webhook body to the runtime's intake as Meta would post it, signed with the
 * shop's app secret, without an HTTP server in between.
 */
import { signedWebhookRequest } from "@/lib/whatsapp/emulator";
import { receiveWebhook } from "../intake/receive-webhook";
import type { Harness, Shop } from "../testing";

export function deliverWebhook(h: Harness, shop: Shop, body: unknown): Promise<Response> {
  const signed = signedWebhookRequest(body, shop.appSecret);
  return receiveWebhook(
    h.rt,
    shop.channelId,
    new Request("http://localhost/webhook", {
      method: "POST",
      body: signed.rawBody,
      headers: signed.headers,
    }),
  );
}
