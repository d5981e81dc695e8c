/**
 * Read receipts on PGlite and PostgreSQL: each drain round marks the contact's last handled
 * message read through the emulator, with "typing…" when a reply was queued or an HTTP node's
 * answer is awaited (not while a delay runs); once per contact per
 * round, never for a reaction, not at all when switched off, and a failing Cloud API neither
 * fails nor delays the drain.
 */
import http from "node:http";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { inboundMessages } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import { buildInboundWebhook } from "@/lib/whatsapp/emulator";
import type { InboundSpec } from "@/lib/whatsapp/emulator";
import { deliverWebhook } from "./test-support/deliver-webhook";
import { eventually } from "./test-support/eventually";
import { publish, seedShop, startHarness, type Harness, type Shop } from "./testing";

let counter = 0;
const customer = () =>
  `3164${String(Date.now()).slice(-6)}${String((counter += 1) % 100).padStart(2, "0")}`;
let wamidCounter = 0;
const wamid = () => `wamid.read-${Date.now()}-${(wamidCounter += 1)}`;

const greetFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("hi", "message", { text: "Hello!" }),
  ],
  edges: [edge("start", "next", "hi")],
});

async function post(h: Harness, shop: Shop, from: string, messages: InboundSpec[]) {
  const body = buildInboundWebhook({ phoneNumberId: shop.phoneNumberId, from, messages });
  expect((await deliverWebhook(h, shop, body)).status).toBe(200);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const delayFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("wait", "delay", { amount: 1, unit: "hours" }),
    node("later", "message", { text: "Still there?" }),
  ],
  edges: [edge("start", "next", "wait"), edge("wait", "next", "later")],
});

const lookupFlow = (url: string) =>
  buildFlow({
    nodes: [
      node("start", "start", { trigger: { kind: "any" } }),
      node("call", "http_request", { method: "GET", url }),
      node("ok", "message", { text: "Found it" }),
    ],
    edges: [edge("start", "next", "call"), edge("call", "success", "ok")],
  });

describeEachDatabase("runtime: read receipts", (get) => {
  let greeter: Shop;
  let silent: Shop;
  let flaky: Shop;
  let waiter: Shop;
  let looker: Shop;
  let h: Harness;
  let rateAtStart = 0;
  let server: http.Server;
  // The shop API answers only when the test lets it.
  let release: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      void answered.then(() => res.end("{}"));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const { db } = get();
    greeter = await seedShop(db);
    silent = await seedShop(db);
    flaky = await seedShop(db);
    waiter = await seedShop(db);
    looker = await seedShop(db);
    await publish(db, greeter, greetFlow, "Greeting");
    await publish(db, flaky, greetFlow, "Greeting");
    await publish(db, waiter, delayFlow, "Later");
    await publish(db, looker, lookupFlow(`http://127.0.0.1:${port}/orders`), "Lookup");
    h = await startHarness(get(), [greeter, silent, flaky, waiter, looker]);
    rateAtStart = h.rt.config.sendRatePerSecond;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    h.rt.config.readReceipts = true;
    h.rt.config.sendRatePerSecond = rateAtStart;
  });
  afterAll(async () => {
    release();
    await h?.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const readsOf = (shop: Shop) =>
    h.emulator
      .reads({ phoneNumberId: shop.phoneNumberId })
      .map((r) => ({ messageId: r.messageId, typing: r.typing }));

  async function handled(shop: Shop, from: string) {
    await eventually(async () => {
      const pending = await get()
        .db.select({ id: inboundMessages.id })
        .from(inboundMessages)
        .where(
          and(
            eq(inboundMessages.channelId, shop.channelId),
            eq(inboundMessages.contactKey, from),
            eq(inboundMessages.status, "pending"),
          ),
        );
      return pending.length === 0;
    });
  }

  it("marks a message that gets a reply read, with typing, once", async () => {
    const from = customer();
    const id = wamid();
    await post(h, greeter, from, [{ type: "text", body: "merhaba", id }]);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await eventually(() => readsOf(greeter).some((r) => r.messageId === id));
    await sleep(300);
    expect(readsOf(greeter).filter((r) => r.messageId === id)).toEqual([
      { messageId: id, typing: true },
    ]);
  });

  it("marks a message without a reply read, without typing; a reaction not at all", async () => {
    const from = customer();
    const id = wamid();
    await post(h, silent, from, [{ type: "text", body: "anyone?", id }]);
    await eventually(() => readsOf(silent).some((r) => r.messageId === id));
    const reaction = wamid();
    await post(h, silent, from, [{ type: "reaction", id: reaction, messageId: id, emoji: "👍" }]);
    await handled(silent, from);
    await sleep(300);
    expect(readsOf(silent)).toEqual([{ messageId: id, typing: false }]);
    expect(h.emulator.sent({ to: from })).toEqual([]);
  });

  it("shows no typing while the flow waits on a delay", async () => {
    const from = customer();
    const id = wamid();
    await post(h, waiter, from, [{ type: "text", body: "hello", id }]);
    await eventually(() => readsOf(waiter).some((r) => r.messageId === id));
    expect(readsOf(waiter)).toEqual([{ messageId: id, typing: false }]);
    expect(h.emulator.sent({ to: from })).toEqual([]);
  });

  it("shows typing while an HTTP node's answer is awaited", async () => {
    const from = customer();
    const id = wamid();
    await post(h, looker, from, [{ type: "text", body: "where is it", id }]);
    // The shop API has not answered yet: the receipt cannot wait for the reply.
    await eventually(() => readsOf(looker).some((r) => r.messageId === id));
    expect(readsOf(looker)).toEqual([{ messageId: id, typing: true }]);
    expect(h.emulator.sent({ to: from })).toEqual([]);
    release();
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await sleep(300);
    expect(readsOf(looker)).toHaveLength(1);
  });

  it("sends one receipt, for the later message, when a round handles two", async () => {
    const from = customer();
    const [first, second] = [wamid(), wamid()];
    const at = Math.floor(Date.now() / 1000);
    // One POST: both are pending when the contact's drain starts after the reorder window.
    await post(h, greeter, from, [
      { type: "text", body: "two", id: second, timestamp: at + 1 },
      { type: "text", body: "one", id: first, timestamp: at },
    ]);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
    await eventually(() => readsOf(greeter).some((r) => r.messageId === second));
    await sleep(300);
    expect(readsOf(greeter).filter((r) => r.messageId === first || r.messageId === second)).toEqual(
      [{ messageId: second, typing: true }],
    );
  });

  it("sends none when switched off", async () => {
    h.rt.config.readReceipts = false;
    const from = customer();
    const id = wamid();
    await post(h, greeter, from, [{ type: "text", body: "quiet", id }]);
    await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await sleep(500);
    expect(readsOf(greeter).filter((r) => r.messageId === id)).toEqual([]);
  });

  it("skips receipts beyond a second's worth of the number's rate still pending", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    h.rt.config.sendRatePerSecond = 2;
    // Meta answers reads slowly: the first two stay pending while the others come.
    h.emulator.injectFailure({
      endpoint: "mark_read",
      phoneNumberId: silent.phoneNumberId,
      delayMs: 5_000,
      times: 6,
    });
    const messages = Array.from({ length: 6 }, () => ({
      type: "text" as const,
      body: "hi",
      from: customer(),
      id: wamid(),
    }));
    const before = readsOf(silent).length;
    await post(h, silent, customer(), messages);
    for (const m of messages) await handled(silent, m.from);
    await eventually(() => readsOf(silent).length > before);
    await sleep(1_000);
    const ids = new Set(messages.map((m) => m.id));
    expect(readsOf(silent).filter((r) => ids.has(r.messageId))).toHaveLength(2);
  });

  it("neither fails nor delays the drain when the read call fails", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // A slow 500 for every read on this number: the reply must not wait for it.
    h.emulator.injectFailure({
      endpoint: "mark_read",
      phoneNumberId: flaky.phoneNumberId,
      httpStatus: 500,
      delayMs: 5_000,
      times: 2,
    });
    const [a, b] = [customer(), customer()];
    const started = Date.now();
    await post(h, flaky, a, [{ type: "text", body: "hi", id: wamid() }]);
    await post(h, flaky, b, [{ type: "text", body: "hi", id: wamid() }]);
    await h.emulator.waitForSent(1, { to: a, timeoutMs: 15_000 });
    await h.emulator.waitForSent(1, { to: b, timeoutMs: 15_000 });
    expect(Date.now() - started).toBeLessThan(4_000);
    await handled(flaky, a);
    await handled(flaky, b);
    await eventually(
      () =>
        h.emulator.rejected({ phoneNumberId: flaky.phoneNumberId }).filter((r) => r.injected)
          .length === 2,
    );
    expect(readsOf(flaky)).toEqual([]);
    // Both failed on the same channel within a minute: logged once.
    await eventually(() => warn.mock.calls.length >= 1);
    await sleep(200);
    expect(warn.mock.calls.filter((c) => String(c[0]).includes(flaky.channelId))).toHaveLength(1);
  });
});
