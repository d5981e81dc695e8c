/**
 * Read receipts on PGlite and PostgreSQL: each drain round marks the contact's last handled
 * message read through the emulator, with "typing…" when a reply was queued; once per contact per
 * round, never for a reaction, not at all when switched off, and a failing Cloud API neither
 * fails nor delays the drain.
 */
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

describeEachDatabase("runtime: read receipts", (get) => {
  let greeter: Shop;
  let silent: Shop;
  let flaky: Shop;
  let h: Harness;

  beforeAll(async () => {
    const { db } = get();
    greeter = await seedShop(db);
    silent = await seedShop(db);
    flaky = await seedShop(db);
    await publish(db, greeter, greetFlow, "Greeting");
    await publish(db, flaky, greetFlow, "Greeting");
    h = await startHarness(get(), [greeter, silent, flaky]);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    h.rt.config.readReceipts = true;
  });
  afterAll(async () => {
    await h?.stop();
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
