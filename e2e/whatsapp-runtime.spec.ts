/**
 * The live path end to end, on the production build: a marketer's published flow answers a
 * customer whose messages arrive as signed webhooks from the Graph API emulator, and the
 * emulator receives exactly the expected replies (and posts their status callbacks back).
 */
import { expect, test } from "@playwright/test";
import type { InboundWebhookInput } from "@/lib/whatsapp/emulator";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";
import { emulatorFor } from "./support/emulator";
import { leadCaptureFlow } from "./support/simulator-flows";

let emulator: ReturnType<typeof emulatorFor> | undefined;

test.afterEach(async () => {
  await emulator?.clearWebhook();
  emulator = undefined;
});

function replyText(payload: unknown): string {
  if (typeof payload !== "object" || payload === null) return "";
  if ("text" in payload && typeof payload.text === "object" && payload.text !== null) {
    return "body" in payload.text ? String(payload.text.body) : "";
  }
  if ("interactive" in payload && typeof payload.interactive === "object" && payload.interactive) {
    const body = "body" in payload.interactive ? payload.interactive.body : undefined;
    return typeof body === "object" && body !== null && "text" in body ? String(body.text) : "";
  }
  return "";
}

test("a published flow answers a customer over WhatsApp webhooks", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  if (!baseURL) throw new Error("no baseURL");
  await signUpToFlows(page, newAccount("Runtime"));
  const slug = slugOf(page);
  const api = page.request;

  const phoneNumberId = `10${Date.now()}`.slice(0, 15);
  const appSecret = "e2e-app-secret";
  const accessToken = "e2e-access-token";
  const channelResponse = await api.post(`/api/w/${slug}/channels`, {
    data: { name: "Shop number", phoneNumberId, wabaId: "100000000000001", accessToken, appSecret },
  });
  expect(channelResponse.status()).toBe(201);
  const { channel } = await channelResponse.json();

  const created = await api.post(`/api/w/${slug}/flows`, { data: { name: "Lead capture" } });
  expect(created.status()).toBe(201);
  const { id: flowId } = await created.json();
  const saved = await api.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { document: leadCaptureFlow(), revision: 1 },
  });
  expect(saved.status()).toBe(200);
  const published = await api.post(`/api/w/${slug}/flows/${flowId}/publish`, {
    data: { channelId: channel.id },
  });
  expect(published.status()).toBe(201);

  // Meta's verify handshake on the webhook URL the channel hands out.
  const webhookUrl = `${baseURL}/api/webhooks/whatsapp/${channel.id}`;
  const verify = await api.get(
    `${webhookUrl}?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(channel.verifyToken)}&hub.challenge=1158201444`,
  );
  expect(verify.status()).toBe(200);
  expect(await verify.text()).toBe("1158201444");

  emulator = emulatorFor(baseURL);
  await emulator.registerNumber({ phoneNumberId, accessToken });
  await emulator.setWebhook({ url: webhookUrl, appSecret });
  const customer = "905321234567";
  const say = async (spec: InboundWebhookInput["messages"][number]) => {
    const delivery = await emulator?.postInbound({
      phoneNumberId,
      from: customer,
      profileName: "Ayşe",
      messages: [spec],
    });
    expect(delivery?.status).toBe(200);
  };

  await say({ type: "text", body: "Merhaba" });
  await emulator.waitForSent(1, { to: customer, phoneNumberId, timeoutMs: 20_000 });
  await say({ type: "button_reply", buttonId: "yes", title: "Yes please" });
  await emulator.waitForSent(2, { to: customer, phoneNumberId, timeoutMs: 20_000 });
  await say({ type: "text", body: "not an e-mail" });
  await emulator.waitForSent(3, { to: customer, phoneNumberId, timeoutMs: 20_000 });
  await say({ type: "text", body: "ayse@example.com" });
  await emulator.waitForSent(4, { to: customer, phoneNumberId, timeoutMs: 20_000 });
  // Nothing more is on its way.
  await page.waitForTimeout(1_000);

  const sent = await emulator.sent({ to: customer, phoneNumberId });
  expect(sent.map((m) => m.type)).toEqual(["interactive", "text", "text", "text"]);
  expect(replyText(sent[0]?.payload)).toBe("Hi! Would you like *10% off* your first order?");
  expect(replyText(sent[1]?.payload)).toBe("Great! What is your e-mail address?");
  expect(replyText(sent[3]?.payload)).toBe(
    "Thanks! Your code is on its way to *ayse@example.com*.",
  );
  // The emulator posted sent/delivered/read for each reply; the app took every one.
  await emulator.idle();
  const statusPosts = (await emulator.deliveries()).filter(
    (d) => d.url === webhookUrl && JSON.stringify(d.body).includes('"statuses"'),
  );
  expect(statusPosts.length).toBeGreaterThanOrEqual(4);
  expect(statusPosts.every((d) => d.status === 200)).toBe(true);
});
