/**
 * What the runtime does when WhatsApp answers 131047 (the 24-hour window has closed), in the
 * send's answer or later in a `failed` status webhook, and how a
 * channel marked unhealthy becomes healthy again, on PGlite and PostgreSQL: the refusal is
 * recorded, later free-form messages fail with it, the flow's fallback template goes out exactly
 * once and the customer's tap on it continues the flow.
 */
import { and, asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { recordSendError } from "@/lib/channels/channel-runtime";
import { channels, conversations, inboundMessages, outboundMessages } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import { buildInboundWebhook, buildStatusWebhook } from "@/lib/whatsapp/emulator";
import type { InboundSpec } from "@/lib/whatsapp/emulator";
import { defaultSources } from "./default-sources";
import { drainContact } from "./drain/drain-contacts";
import { applyEarlyStatuses } from "./intake/record-statuses";
import { forgetSendClient, sendConversation } from "./sender/send-conversation";
import { deliverWebhook } from "./test-support/deliver-webhook";
import { eventually } from "./test-support/eventually";
import { publish, seedShop, startHarness, type Harness, type Shop } from "./testing";

let counter = 0;
const customer = () =>
  `3163${String(Date.now()).slice(-6)}${String((counter += 1) % 100).padStart(2, "0")}`;

function shopFlow(settings: object) {
  return buildFlow({
    nodes: [
      node("start", "start", { trigger: { kind: "any" } }),
      node("q", "question", { prompt: "Adınız?", variable: "name", answer: { type: "text" } }),
      node("thanks", "message", { text: "Teşekkürler {{name}}" }),
      node("menu", "buttons", {
        body: "Ne yapalım?",
        buttons: [
          { id: "order", title: "Sipariş" },
          { id: "help", title: "Yardım" },
        ],
      }),
      node("reminder", "template", {
        name: "still_there",
        language: "tr",
        bodyParams: ["{{name}}"],
        bodyText: "Merhaba {{1}}, devam edelim mi?",
        buttons: [{ kind: "quick_reply", id: "resume", title: "Devam" }],
      }),
      node("again", "message", { text: "Kaldığımız yerden devam, {{name}}." }),
      node("ordered", "end", { message: "Siparişiniz alındı" }),
    ],
    edges: [
      edge("start", "next", "q"),
      edge("q", "next", "thanks"),
      edge("thanks", "next", "menu"),
      edge("menu", "order", "ordered"),
      edge("reminder", "resume", "again"),
      edge("again", "next", "menu"),
    ],
    settings,
  });
}

const greetFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("hi", "message", { text: "Hello!" }),
    node("two", "message", { text: "How can we help?" }),
  ],
  edges: [edge("start", "next", "hi"), edge("hi", "next", "two")],
});

async function post(h: Harness, shop: Shop, from: string, messages: InboundSpec[]) {
  const body = buildInboundWebhook({ phoneNumberId: shop.phoneNumberId, from, messages });
  expect((await deliverWebhook(h, shop, body)).status).toBe(200);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the emulator accepted for a customer: text bodies, button bodies, template names. */
function said(h: Harness, to: string): string[] {
  return h.emulator.sent({ to }).map((m) => {
    const p = m.payload;
    if (typeof p !== "object" || p === null) return "";
    if ("text" in p && typeof p.text === "object" && p.text !== null && "body" in p.text) {
      return String(p.text.body);
    }
    if ("template" in p && typeof p.template === "object" && p.template !== null) {
      return `template:${JSON.stringify(p.template)}`;
    }
    if ("interactive" in p) return "[buttons]";
    return m.type;
  });
}

describeEachDatabase("runtime: window closed (131047) and channel health", (get) => {
  let withFallback: Shop;
  let withoutFallback: Shop;
  let greeter: Shop;
  let h: Harness;

  beforeAll(async () => {
    const { db } = get();
    withFallback = await seedShop(db);
    withoutFallback = await seedShop(db);
    greeter = await seedShop(db);
    await publish(db, withFallback, shopFlow({ windowClosedTemplateNodeId: "reminder" }), "Shop");
    await publish(db, withoutFallback, shopFlow({}), "Shop without fallback");
    await publish(db, greeter, greetFlow, "Greeting");
    h = await startHarness(get(), [withFallback, withoutFallback, greeter]);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function outbox(from: string) {
    return get()
      .db.select()
      .from(outboundMessages)
      .where(eq(outboundMessages.recipient, from))
      .orderBy(asc(outboundMessages.seq));
  }

  async function conversationOf(shop: Shop, from: string) {
    const [conv] = await get()
      .db.select()
      .from(conversations)
      .where(and(eq(conversations.channelId, shop.channelId), eq(conversations.contactKey, from)));
    if (!conv) throw new Error("no conversation");
    return conv;
  }

  /** The runtime's own notices about this customer (window_closed), as stored. */
  function notices(from: string) {
    return get()
      .db.select()
      .from(inboundMessages)
      .where(and(eq(inboundMessages.contactKey, from), eq(inboundMessages.kind, "system")));
  }

  /** The refused message and the free-form one after it failed; the template went out. */
  const REFUSED_THEN_TEMPLATE = [
    ["accepted", null],
    ["failed", 131047],
    ["failed", 131047],
    ["accepted", null],
  ];

  async function pendingInbound(from: string) {
    const pending = await get()
      .db.select({ id: inboundMessages.id })
      .from(inboundMessages)
      .where(and(eq(inboundMessages.contactKey, from), eq(inboundMessages.status, "pending")));
    return pending.length;
  }

  /** A customer of the shop with a fallback, answered up to the menu, every send accepted. */
  async function askedForTheMenu() {
    const from = customer();
    await post(h, withFallback, from, [{ type: "text", body: "merhaba" }]);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await post(h, withFallback, from, [{ type: "text", body: "Ayşe" }]);
    await h.emulator.waitForSent(3, { to: from, timeoutMs: 15_000 });
    await eventually(async () => (await outbox(from)).every((r) => r.status === "accepted"));
    return from;
  }

  it("sends the flow's fallback template once after 131047, and a tap on it continues", async () => {
    const from = customer();
    await post(h, withFallback, from, [{ type: "text", body: "merhaba" }]);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    expect(said(h, from)).toEqual(["Adınız?"]);

    // The window closed at Meta while our clock still thought it open.
    h.emulator.injectFailure({ graphCode: 131047, to: from, times: 1 });
    await post(h, withFallback, from, [{ type: "text", body: "Ayşe" }]);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
    await eventually(async () =>
      (await outbox(from)).every((r) => r.status !== "queued" && r.status !== "sending"),
    );
    const template = {
      name: "still_there",
      language: { code: "tr" },
    };
    expect(said(h, from)).toEqual(["Adınız?", expect.stringContaining("template:")]);
    const sentTemplate = h.emulator.sent({ to: from }).at(-1)?.payload;
    expect(sentTemplate).toMatchObject({
      type: "template",
      template: {
        ...template,
        components: expect.arrayContaining([
          { type: "body", parameters: [{ type: "text", text: "Ayşe" }] },
        ]),
      },
    });
    const rows = await outbox(from);
    // "Teşekkürler Ayşe" refused; the buttons after it failed with it, never tried.
    expect(rows.map((r) => [r.status, r.errorCode])).toEqual(REFUSED_THEN_TEMPLATE);
    expect(h.emulator.rejected({ to: from })).toHaveLength(1);

    // A retried send job and drain change nothing: the notice is keyed on the refused message.
    const conv = await conversationOf(withFallback, from);
    expect((await notices(from)).map((n) => [n.type, n.wamid, n.status])).toEqual([
      ["window_closed", `window_closed:${rows[1]?.id}`, "processed"],
    ]);
    await Promise.all([sendConversation(h.rt, conv.id), sendConversation(h.rt, conv.id)]);
    await drainContact(h.rt, { channelId: withFallback.channelId, contactKey: from });
    await sleep(300);
    expect(said(h, from)).toHaveLength(2);
    expect(conv.session).toMatchObject({ wait: { kind: "input", nodeId: "reminder" } });
    expect(conv.windowExpiresAt?.getTime()).toBeLessThanOrEqual(Date.now());

    // The customer taps the template's quick reply: the window reopens, the flow goes on.
    await post(h, withFallback, from, [
      { type: "template_button", payload: "resume", text: "Devam" },
    ]);
    await h.emulator.waitForSent(4, { to: from, timeoutMs: 15_000 });
    expect(said(h, from).slice(2)).toEqual(["Kaldığımız yerden devam, Ayşe.", "[buttons]"]);
  });

  it("sends the fallback template once after a 131047 `failed` status webhook", async () => {
    // Meta accepted all three; the wamids are recorded before it reports two failed.
    const from = await askedForTheMenu();
    const [, thanks, menu] = h.emulator.sent({ to: from });
    if (!thanks || !menu) throw new Error("expected three sends");
    const failed = (id: string) =>
      buildStatusWebhook({
        phoneNumberId: withFallback.phoneNumberId,
        statuses: [
          {
            id,
            status: "failed",
            recipientId: from,
            errors: [{ code: 131047, title: "Re-engagement message" }],
          },
        ],
      });
    // The same status twice (a redelivery), then the next message's own failure.
    for (const body of [failed(thanks.wamid), failed(thanks.wamid), failed(menu.wamid)]) {
      expect((await deliverWebhook(h, withFallback, body)).status).toBe(200);
    }
    await h.emulator.waitForSent(4, { to: from, timeoutMs: 15_000 });
    await eventually(async () => (await pendingInbound(from)) === 0);
    await sleep(500);
    expect(said(h, from)).toEqual([
      "Adınız?",
      "Teşekkürler Ayşe",
      "[buttons]",
      expect.stringContaining('"name":"still_there"'),
    ]);
    const rows = await outbox(from);
    expect(rows.map((r) => [r.status, r.errorCode])).toEqual(REFUSED_THEN_TEMPLATE);
    // One notice per refused message, however often Meta repeats itself; the second finds the
    // session already at the fallback.
    expect((await notices(from)).map((n) => n.wamid).sort()).toEqual(
      [`window_closed:${rows[1]?.id}`, `window_closed:${rows[2]?.id}`].sort(),
    );
    const conv = await conversationOf(withFallback, from);
    expect(conv.session).toMatchObject({ wait: { kind: "input", nodeId: "reminder" } });
  });

  it("closes the window when the 131047 status came before the wamid was recorded", async () => {
    const from = await askedForTheMenu();
    const menu = (await outbox(from)).at(-1);
    if (!menu?.wamid) throw new Error("expected the menu accepted");
    const { wamid } = menu;
    // As between Meta's answer and the sender recording it: the status finds no row yet.
    await get()
      .db.update(outboundMessages)
      .set({ wamid: null, status: "sending" })
      .where(eq(outboundMessages.id, menu.id));
    const body = buildStatusWebhook({
      phoneNumberId: withFallback.phoneNumberId,
      statuses: [{ id: wamid, status: "failed", recipientId: from, errors: [{ code: 131047 }] }],
    });
    expect((await deliverWebhook(h, withFallback, body)).status).toBe(200);
    expect(await notices(from)).toEqual([]);
    // The sender records the wamid, then applies the statuses that came first.
    await get()
      .db.update(outboundMessages)
      .set({ wamid, status: "accepted" })
      .where(eq(outboundMessages.id, menu.id));
    await applyEarlyStatuses(h.rt, [wamid]);
    expect((await notices(from)).map((n) => n.wamid)).toEqual([`window_closed:${menu.id}`]);
    await h.emulator.waitForSent(4, { to: from, timeoutMs: 15_000 });
    expect(said(h, from).at(-1)).toContain('"name":"still_there"');
  });

  it("without a fallback template sends nothing else after 131047", async () => {
    const from = customer();
    await post(h, withoutFallback, from, [{ type: "text", body: "merhaba" }]);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    h.emulator.injectFailure({ graphCode: 131047, to: from, times: 1 });
    await post(h, withoutFallback, from, [{ type: "text", body: "Ayşe" }]);
    await eventually(async () => {
      const rows = await outbox(from);
      return (
        rows.length === 3 && rows.every((r) => r.status !== "queued" && r.status !== "sending")
      );
    });
    await eventually(async () => (await pendingInbound(from)) === 0);
    await sleep(500);
    expect(said(h, from)).toEqual(["Adınız?"]);
    expect((await outbox(from)).map((r) => [r.status, r.errorCode])).toEqual([
      ["accepted", null],
      ["failed", 131047],
      ["failed", 131047],
    ]);
    const conv = await conversationOf(withoutFallback, from);
    expect(conv.session).toMatchObject({ status: "waiting", wait: { nodeId: "menu" } });
  });

  it("marks an unhealthy channel healthy again after a good send, without a write per send", async () => {
    const recovered = vi.spyOn(defaultSources.channels, "sendRecovered");
    const health = async () => {
      const [row] = await get()
        .db.select({ health: channels.health })
        .from(channels)
        .where(eq(channels.id, greeter.channelId));
      return row?.health;
    };

    const first = customer();
    await post(h, greeter, first, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(2, { to: first, timeoutMs: 15_000 });
    expect(recovered).not.toHaveBeenCalled();
    expect(await health()).toBe("ok");

    // 190: the channel is unhealthy; the next message goes through (token fixed): ok again.
    const second = customer();
    const reported = vi.spyOn(defaultSources.channels, "sendError");
    h.emulator.injectFailure({ graphCode: 190, to: second, times: 1 });
    await post(h, greeter, second, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(1, { to: second, timeoutMs: 15_000 });
    await eventually(async () => recovered.mock.calls.length === 1);
    expect(reported).toHaveBeenCalledWith(
      expect.anything(),
      greeter.channelId,
      expect.objectContaining({ code: 190, unhealthy: true }),
    );
    expect(await health()).toBe("ok");
    expect((await outbox(second)).map((r) => [r.status, r.errorCode])).toEqual([
      ["failed", 190],
      ["accepted", null],
    ]);

    // Marked unhealthy elsewhere (another process): seen when the cached state is read again.
    await recordSendError(get().db, greeter.channelId, {
      code: 190,
      message: "Token expired",
      unhealthy: true,
    });
    expect(await health()).toBe("unhealthy");
    forgetSendClient(greeter.channelId);
    const third = customer();
    await post(h, greeter, third, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(2, { to: third, timeoutMs: 15_000 });
    await eventually(async () => (await health()) === "ok");
    expect(recovered).toHaveBeenCalledTimes(2);
  });
});
