/**
 * The worker's own webhook listener (node:http): the same answers as the app's route, over a
 * real socket, and what it acknowledges is processed like any webhook.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import { buildInboundWebhook, signedWebhookRequest } from "@/lib/whatsapp/emulator";
import { eventually } from "../test-support/eventually";
import { publish, seedShop, startHarness, type Harness, type Shop } from "../testing";
import { MAX_WEBHOOK_BYTES } from "./receive-webhook";
import { startWebhookListener, type WebhookListener } from "./webhook-listener";

const helloFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("hello", "message", { text: "Hello from the listener!" }),
  ],
  edges: [edge("start", "next", "hello")],
});

describeEachDatabase("webhook listener", (get) => {
  let shop: Shop;
  let h: Harness;
  let listener: WebhookListener;
  let base: string;

  beforeAll(async () => {
    shop = await seedShop(get().db);
    await publish(get().db, shop, helloFlow, "Hello");
    h = await startHarness(get(), [shop]);
    listener = await startWebhookListener(h.rt, { port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${listener.port}/api/webhooks/whatsapp/${shop.channelId}`;
  });
  afterAll(async () => {
    await listener?.close();
    await h?.stop();
  });

  it("acknowledges a signed webhook and the customer gets the flow's reply", async () => {
    const from = `3165${String(Date.now()).slice(-8)}`;
    const signed = signedWebhookRequest(
      buildInboundWebhook({
        phoneNumberId: shop.phoneNumberId,
        from,
        messages: [{ type: "text", body: "hi", timestamp: Math.floor(Date.now() / 1000) }],
      }),
      shop.appSecret,
    );
    const response = await fetch(base, {
      method: "POST",
      body: signed.rawBody,
      headers: signed.headers,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("OK");
    await eventually(() => h.emulator.sent({ to: from }).length === 1);
  });

  it("answers 401 to a bad signature, 413 past 3 MB, 404 off its path, 405 to other methods", async () => {
    const body = JSON.stringify({ object: "whatsapp_business_account", entry: [] });
    const bad = await fetch(base, {
      method: "POST",
      body,
      headers: { "x-hub-signature-256": `sha256=${"0".repeat(64)}` },
    });
    expect(bad.status).toBe(401);
    const big = await fetch(base, { method: "POST", body: "x".repeat(MAX_WEBHOOK_BYTES + 1) });
    expect(big.status).toBe(413);
    const elsewhere = await fetch(`http://127.0.0.1:${listener.port}/api/health`);
    expect(elsewhere.status).toBe(404);
    const put = await fetch(base, { method: "PUT", body });
    expect(put.status).toBe(405);
    const unknown = await fetch(base.replace(shop.channelId, "not-a-channel"), {
      method: "POST",
      body,
    });
    expect(unknown.status).toBe(404);
  });

  it("answers Meta's verify handshake with the channel's token only", async () => {
    const channel = await h.rt.sources.channels.forWebhook(get().db, shop.channelId);
    if (!channel) throw new Error("no channel");
    const url = (token: string) =>
      `${base}?hub.mode=subscribe&hub.challenge=4242&hub.verify_token=${encodeURIComponent(token)}`;
    const ok = await fetch(url(channel.verifyToken));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("4242");
    expect((await fetch(url("wrong-token-123"))).status).toBe(403);
  });
});
