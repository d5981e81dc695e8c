/**
 * The runtime end to end below HTTP: signed webhook bodies into `receiveWebhook`, the real queue
 * and workers, the real channel and publishing tables, replies measured at the Graph API
 * emulator. On PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { conversations, inboundMessages, outboundMessages, webhookEvents } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import {
  buildContact,
  buildInboundMessage,
  buildInboundWebhook,
  buildStatusWebhook,
  buildWebhookBody,
} from "@/lib/whatsapp/emulator";
import { deliverWebhook } from "./test-support/deliver-webhook";
import { eventually } from "./test-support/eventually";
import { publish, seedShop, startHarness, type Harness, type Shop } from "./testing";

const echoFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("ask", "question", { prompt: "What is your name?", variable: "name" }),
    node("hello", "message", { text: "Hello {{name}}!" }),
  ],
  edges: [edge("start", "next", "ask"), edge("ask", "next", "hello")],
  variables: [{ name: "name" }],
});

/** Says back every message it gets, so the order of handling is visible at the emulator. */
const parrotFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("ask", "question", { prompt: "Say something", variable: "said" }),
    node("echo", "message", { text: "You said {{said}}" }),
  ],
  edges: [edge("start", "next", "ask"), edge("ask", "next", "echo"), edge("echo", "next", "ask")],
  variables: [{ name: "said" }],
});

function texts(h: Harness, to: string): string[] {
  return h.emulator.sent({ to }).map((m) => {
    const payload = m.payload;
    if (typeof payload !== "object" || payload === null) return "";
    const text = "text" in payload ? payload.text : undefined;
    return typeof text === "object" && text !== null && "body" in text ? String(text.body) : m.type;
  });
}

let n = 0;
const customer = () => `3161${String(Date.now()).slice(-6)}${String((n += 1)).padStart(2, "0")}`;
const ts = () => Math.floor(Date.now() / 1000);

describeEachDatabase("runtime", (get) => {
  let shop: Shop;
  let h: Harness;

  beforeAll(async () => {
    shop = await seedShop(get().db);
    await publish(get().db, shop, parrotFlow, "Parrot");
    h = await startHarness(get(), [shop]);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("handles a batched POST (2 entries, 3 messages) and answers each contact", async () => {
    const a = customer();
    const b = customer();
    const body = buildWebhookBody([
      {
        changes: [
          {
            phoneNumberId: shop.phoneNumberId,
            contacts: [buildContact({ from: a })],
            messages: [
              buildInboundMessage({ type: "text", body: "hi", timestamp: ts() - 2 }, { from: a }),
              buildInboundMessage({ type: "text", body: "one", timestamp: ts() - 1 }, { from: a }),
            ],
          },
        ],
      },
      {
        changes: [
          {
            phoneNumberId: shop.phoneNumberId,
            contacts: [buildContact({ from: b })],
            messages: [buildInboundMessage({ type: "text", body: "hey" }, { from: b })],
          },
        ],
      },
    ]);
    const response = await deliverWebhook(h, shop, body);
    expect(response.status).toBe(200);
    await h.emulator.waitForSent(3, { to: a, timeoutMs: 15_000 });
    await h.emulator.waitForSent(1, { to: b, timeoutMs: 15_000 });
    expect(texts(h, a)).toEqual(["Say something", "You said one", "Say something"]);
    expect(texts(h, b)).toEqual(["Say something"]);
  });

  it("refuses a bad signature with 401 and stores nothing", async () => {
    const from = customer();
    const body = buildInboundWebhook({
      phoneNumberId: shop.phoneNumberId,
      from,
      messages: [{ type: "text", body: "hi" }],
    });
    const response = await deliverWebhook(h, shop, body, "not-the-secret");
    expect(response.status).toBe(401);
    const rows = await get()
      .db.select()
      .from(inboundMessages)
      .where(eq(inboundMessages.contactKey, from));
    expect(rows).toEqual([]);
  });

  it("handles the same delivery three times once", async () => {
    const from = customer();
    const body = buildInboundWebhook({
      phoneNumberId: shop.phoneNumberId,
      from,
      messages: [{ type: "text", body: "hi" }],
    });
    for (let i = 0; i < 3; i += 1) expect((await deliverWebhook(h, shop, body)).status).toBe(200);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await new Promise((r) => setTimeout(r, 1_000));
    expect(texts(h, from)).toEqual(["Say something"]);
    const rows = await get()
      .db.select()
      .from(inboundMessages)
      .where(eq(inboundMessages.contactKey, from));
    expect(rows).toHaveLength(1);
  });

  it("handles a contact's messages in timestamp order when they arrive in reverse", async () => {
    const from = customer();
    const t = ts();
    const send = (body: string, at: number) =>
      deliverWebhook(
        h,
        shop,
        buildInboundWebhook({
          phoneNumberId: shop.phoneNumberId,
          from,
          messages: [{ type: "text", body, timestamp: at }],
        }),
      );
    await send("third", t);
    await send("second", t - 1);
    await send("first", t - 2);
    await h.emulator.waitForSent(5, { to: from, timeoutMs: 15_000 });
    expect(texts(h, from)).toEqual([
      "Say something",
      "You said second",
      "Say something",
      "You said third",
      "Say something",
    ]);
  });

  it("moves outbound statuses forward only, even when they arrive out of order", async () => {
    const from = customer();
    await deliverWebhook(
      h,
      shop,
      buildInboundWebhook({
        phoneNumberId: shop.phoneNumberId,
        from,
        messages: [{ type: "text", body: "hi" }],
      }),
    );
    const [sent] = await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    if (!sent) throw new Error("nothing sent");
    await eventually(async () => {
      const [row] = await get()
        .db.select()
        .from(outboundMessages)
        .where(eq(outboundMessages.wamid, sent.wamid));
      return row?.status === "accepted";
    });
    const status = (s: "sent" | "delivered" | "read", offset: number) =>
      deliverWebhook(
        h,
        shop,
        buildStatusWebhook({
          phoneNumberId: shop.phoneNumberId,
          statuses: [{ id: sent.wamid, status: s, recipientId: from, timestamp: ts() + offset }],
        }),
      );
    await status("read", 3);
    await status("sent", 1);
    await status("delivered", 2);
    const [row] = await get()
      .db.select()
      .from(outboundMessages)
      .where(eq(outboundMessages.wamid, sent.wamid));
    expect(row?.status).toBe("read");
  });

  it("logs a signed but malformed body, answers 200 and records unroutable numbers", async () => {
    const rejected = await deliverWebhook(h, shop, { object: "page", entry: [] });
    expect(rejected.status).toBe(200);
    const unroutable = await deliverWebhook(
      h,
      shop,
      buildInboundWebhook({
        phoneNumberId: "999000999",
        from: customer(),
        messages: [{ type: "text", body: "hi" }],
      }),
    );
    expect(unroutable.status).toBe(200);
    const events = await get()
      .db.select()
      .from(webhookEvents)
      .where(eq(webhookEvents.channelId, shop.channelId));
    expect(events.map((e) => e.kind).sort()).toEqual(["rejected", "unroutable"]);
  });

  it("keeps a running conversation on the version it started with", async () => {
    // Another channel on the same runtime (a second runtime would share the queues and send
    // through its own emulator). The emulator takes unregistered numbers with any token.
    const other = await seedShop(get().db);
    {
      const { flowId } = await publish(get().db, other, echoFlow, "Echo");
      const from = customer();
      const say = (body: string) =>
        deliverWebhook(
          h,
          other,
          buildInboundWebhook({
            phoneNumberId: other.phoneNumberId,
            from,
            messages: [{ type: "text", body }],
          }),
        );
      await say("hi");
      await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
      const changed = buildFlow({
        ...echoFlow,
        nodes: [
          node("start", "start", { trigger: { kind: "any" } }),
          node("ask", "question", { prompt: "Your name, please?", variable: "name" }),
          node("hello", "message", { text: "Welcome {{name}}." }),
        ],
      });
      await publish(get().db, other, changed, "Echo", flowId);
      await say("Ayşe");
      await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
      expect(texts(h, from)).toEqual(["What is your name?", "Hello Ayşe!"]);
      await say("again");
      await h.emulator.waitForSent(3, { to: from, timeoutMs: 15_000 });
      expect(texts(h, from)[2]).toBe("Your name, please?");
      const [conv] = await get()
        .db.select()
        .from(conversations)
        .where(
          and(eq(conversations.channelId, other.channelId), eq(conversations.contactKey, from)),
        );
      expect(conv?.status).toBe("active");
    }
  });
});
