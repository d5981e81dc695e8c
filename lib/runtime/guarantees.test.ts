/**
 * The runtime's promises, each proven here on PGlite and PostgreSQL: one step applied once and
 * never sent twice, timers that survive a restart, the Cloud API error paths, the send rate,
 * big bodies, every inbound type, atomic discount codes, HTTP effects and their guard (with the
 * workspace's private-address setting), API starts.
 */
import http from "node:http";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  contacts,
  conversations,
  discountCodes,
  discountPools,
  inboundMessages,
  outboundMessages,
  outboundStatuses,
} from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import type { Flow } from "@/lib/flow";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import { setWorkspaceAllowsPrivateHttp } from "@/lib/workspace/private-http-setting";
import { buildInboundWebhook, buildStatusWebhook } from "@/lib/whatsapp/emulator";
import type { InboundSpec } from "@/lib/whatsapp/emulator";
import { drainContact } from "./drain/drain-contacts";
import { performHttp } from "./effects/perform-http";
import { takeDiscountCode } from "./effects/take-discount-code";
import { sendConversation } from "./sender/send-conversation";
import { startFlowForContact } from "./start-flow-for-contact";
import { deliverWebhook } from "./test-support/deliver-webhook";
import { eventually } from "./test-support/eventually";
import { publish, seedShop, startHarness, type Harness, type Shop } from "./testing";

let counter = 0;
const customer = () =>
  `3162${String(Date.now()).slice(-6)}${String((counter += 1) % 100).padStart(2, "0")}`;

const greetFlow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("hi", "message", { text: "Hello!" }),
    node("two", "message", { text: "How can we help?" }),
  ],
  edges: [edge("start", "next", "hi"), edge("hi", "next", "two")],
});

function post(h: Harness, shop: Shop, from: string, messages: InboundSpec[]) {
  const body = buildInboundWebhook({ phoneNumberId: shop.phoneNumberId, from, messages });
  return deliverWebhook(h, shop, body);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function bodies(h: Harness, to: string): string[] {
  return h.emulator.sent({ to }).map((m) => {
    const p = m.payload;
    if (typeof p !== "object" || p === null) return "";
    if ("text" in p && typeof p.text === "object" && p.text !== null && "body" in p.text) {
      return String(p.text.body);
    }
    if ("template" in p && typeof p.template === "object" && p.template !== null) {
      return `template:${"name" in p.template ? String(p.template.name) : ""}`;
    }
    return m.type;
  });
}

describeEachDatabase("runtime guarantees", (get) => {
  let shop: Shop;
  let h: Harness;
  let flowId: string;

  beforeAll(async () => {
    shop = await seedShop(get().db);
    flowId = (await publish(get().db, shop, greetFlow, "Greeting")).flowId;
    h = await startHarness(get(), [shop]);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("applies a step once and never sends its messages twice when jobs run again", async () => {
    const from = customer();
    await post(h, shop, from, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
    const [conv] = await get()
      .db.select()
      .from(conversations)
      .where(and(eq(conversations.channelId, shop.channelId), eq(conversations.contactKey, from)));
    if (!conv) throw new Error("no conversation");
    // A retried drain and two senders at once: nothing new happens.
    await drainContact(h.rt, { channelId: shop.channelId, contactKey: from });
    await Promise.all([sendConversation(h.rt, conv.id), sendConversation(h.rt, conv.id)]);
    await sleep(300);
    expect(bodies(h, from)).toEqual(["Hello!", "How can we help?"]);
    const rows = await get()
      .db.select()
      .from(outboundMessages)
      .where(eq(outboundMessages.conversationId, conv.id));
    expect(rows.map((r) => r.idempotencyKey)).toEqual([`${conv.id}:1:0`, `${conv.id}:1:1`]);
    expect(new Set(rows.map((r) => r.wamid)).size).toBe(2);
  });

  it("retries 130429 and 5xx with back-off and sends the message once", async () => {
    const from = customer();
    h.emulator.injectFailure({ graphCode: 130429, to: from, times: 1 });
    h.emulator.injectFailure({ httpStatus: 500, to: from, times: 1 });
    await post(h, shop, from, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 20_000 });
    expect(bodies(h, from)).toEqual(["Hello!", "How can we help?"]);
    const settled = async () => {
      const rows = await get()
        .db.select()
        .from(outboundMessages)
        .where(eq(outboundMessages.recipient, from));
      return rows.sort((a, b) => a.seq - b.seq);
    };
    await eventually(async () => (await settled()).every((r) => r.status === "accepted"));
    expect((await settled()).map((r) => [r.status, r.attempts])).toEqual([
      ["accepted", 3],
      ["accepted", 1],
    ]);
  });

  it("records 131047 (window closed) as failed, and the free-form messages after it", async () => {
    const from = customer();
    h.emulator.injectFailure({ graphCode: 131047, to: from, times: 1 });
    await post(h, shop, from, [{ type: "text", body: "hi" }]);
    await eventually(async () => {
      const rows = await get()
        .db.select()
        .from(outboundMessages)
        .where(eq(outboundMessages.recipient, from));
      return (
        rows.length === 2 && rows.every((r) => r.status !== "queued" && r.status !== "sending")
      );
    });
    const rows = await get()
      .db.select()
      .from(outboundMessages)
      .where(eq(outboundMessages.recipient, from));
    // The second would be refused too, so it is not tried; the flow has no fallback template.
    expect(rows.map((r) => [r.status, r.errorCode])).toEqual([
      ["failed", 131047],
      ["failed", 131047],
    ]);
    expect(h.emulator.sent({ to: from })).toEqual([]);
  });

  it("handles a 1 MB text body without hanging", async () => {
    const from = customer();
    const started = Date.now();
    const response = await post(h, shop, from, [{ type: "text", body: "x".repeat(1024 * 1024) }]);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(10_000);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
  });

  it("stores every inbound type and every status without crashing", async () => {
    const from = customer();
    const specs: InboundSpec[] = [
      { type: "text", body: "hello" },
      { type: "button_reply", buttonId: "b1", title: "Yes" },
      { type: "list_reply", rowId: "r1", title: "Row" },
      { type: "template_button", payload: "p1", text: "Stop promotions" },
      { type: "location", latitude: 41.0, longitude: 29.0, name: "Kadıköy" },
      { type: "image", mediaId: "m1", caption: "photo" },
      { type: "video", mediaId: "m2" },
      { type: "audio", mediaId: "m3", voice: true },
      { type: "document", mediaId: "m4", filename: "invoice.pdf" },
      { type: "sticker", mediaId: "m5" },
      { type: "contacts", contacts: [{ name: "Ali", phones: ["+905551112233"] }] },
      { type: "reaction", messageId: "wamid.x", emoji: "👍" },
      { type: "order", catalogId: "c1", items: [{ productId: "p", quantity: 1 }] },
      { type: "unsupported" },
      { type: "raw", rawType: "future_type", payload: { anything: true } },
    ];
    expect((await post(h, shop, from, specs)).status).toBe(200);
    const rows = await get()
      .db.select()
      .from(inboundMessages)
      .where(eq(inboundMessages.contactKey, from));
    expect(rows).toHaveLength(specs.length);
    await eventually(async () => {
      const left = await get()
        .db.select()
        .from(inboundMessages)
        .where(and(eq(inboundMessages.contactKey, from), eq(inboundMessages.status, "pending")));
      return left.length === 0;
    });
    const statuses = ["sent", "delivered", "read", "failed", "played"] as const;
    const response = await deliverWebhook(
      h,
      shop,
      buildStatusWebhook({
        phoneNumberId: shop.phoneNumberId,
        statuses: statuses.map((status) => ({
          id: `wamid.status-${from}`,
          status,
          recipientId: from,
          ...(status === "failed" ? { errors: [{ code: 131026, title: "Undeliverable" }] } : {}),
        })),
      }),
    );
    expect(response.status).toBe(200);
    const stored = await get()
      .db.select()
      .from(outboundStatuses)
      .where(eq(outboundStatuses.wamid, `wamid.status-${from}`));
    expect(stored.map((s) => s.status).sort()).toEqual([...statuses].sort());
  });

  it("follows a customer who changed their number", async () => {
    const from = customer();
    const next = customer();
    await post(h, shop, from, [{ type: "text", body: "hi" }]);
    await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
    await post(h, shop, from, [{ type: "user_changed_number", newWaId: next }]);
    await eventually(async () => {
      const rows = await get()
        .db.select()
        .from(contacts)
        .where(and(eq(contacts.workspaceId, shop.workspaceId), eq(contacts.key, next)));
      return rows.length === 1;
    });
  });

  it("starts a flow by API: a template first when the window is closed", async () => {
    const apiFlow = buildFlow({
      nodes: [
        node("start", "start", { trigger: { kind: "api" } }),
        node("tpl", "template", { name: "order_shipped", language: "en", bodyText: "Shipped" }),
        node("more", "message", { text: "Tracking: {{tracking}}" }),
      ],
      edges: [edge("start", "next", "tpl"), edge("tpl", "next", "more")],
      variables: [{ name: "tracking" }],
    });
    const { flowId: apiFlowId } = await publish(get().db, shop, apiFlow, "Shipping");
    const phone = customer();
    const result = await startFlowForContact(
      get().db,
      {
        workspaceId: shop.workspaceId,
        flowId: apiFlowId,
        phone: `+${phone}`,
        variables: { tracking: "TR123" },
      },
      h.rt,
    );
    expect(result.sessionId).not.toBeNull();
    expect(result.queued).toBe(1);
    await h.emulator.waitForSent(1, { to: phone, timeoutMs: 15_000 });
    await sleep(300);
    expect(bodies(h, phone)).toEqual(["template:order_shipped"]);
    await expect(
      startFlowForContact(get().db, { workspaceId: shop.workspaceId, flowId, phone: "12" }, h.rt),
    ).rejects.toMatchObject({ status: 400, code: "invalid_phone" });
    await expect(
      startFlowForContact(get().db, { workspaceId: shop.workspaceId, flowId, phone }, h.rt),
    ).rejects.toMatchObject({ status: 409, code: "no_api_start" });
  });

  it("takes discount codes atomically and once per effect", async () => {
    const db = get().db;
    const [pool] = await db
      .insert(discountPools)
      .values({ workspaceId: shop.workspaceId, name: "Spring" })
      .returning();
    if (!pool) throw new Error("no pool");
    await db
      .insert(discountCodes)
      .values(["A1", "A2", "A3", "A4", "A5"].map((code) => ({ poolId: pool.id, code })));
    const take = (i: number) =>
      db.transaction((tx) =>
        takeDiscountCode(tx, {
          workspaceId: shop.workspaceId,
          poolId: pool.id,
          effectId: `effect-${i}`,
          conversationId: null,
        }),
      );
    const results = await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(take));
    const codes = results.flatMap((r) =>
      r.status === "success" && typeof r.data === "object" && r.data && "code" in r.data
        ? [r.data.code]
        : [],
    );
    expect(new Set(codes).size).toBe(5);
    expect(results.filter((r) => r.status === "exhausted")).toHaveLength(3);
    const again = await take(0);
    expect(again).toEqual(results[0]);
    // Another workspace's pool is out of reach.
    const other = await seedShop(db);
    expect(
      await takeDiscountCode(db, {
        workspaceId: other.workspaceId,
        poolId: pool.id,
        effectId: "other-1",
        conversationId: null,
      }),
    ).toEqual({ status: "exhausted" });
  });
});

describeEachDatabase("runtime timers and effects", (get) => {
  let server: http.Server;
  let serverUrl = "";
  const requests: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ order: { status: "shipped", path: req.url } }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    serverUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("fires a delay after the runtime restarted", async () => {
    const delayed: Flow = buildFlow({
      nodes: [
        node("start", "start", { trigger: { kind: "any" } }),
        node("a", "message", { text: "Wait for it" }),
        node("wait", "delay", { amount: 2, unit: "seconds" }),
        node("b", "message", { text: "There it is" }),
      ],
      edges: [edge("start", "next", "a"), edge("a", "next", "wait"), edge("wait", "next", "b")],
    });
    const shop = await seedShop(get().db);
    await publish(get().db, shop, delayed, "Delayed");
    const first = await startHarness(get(), [shop]);
    const from = customer();
    await post(first, shop, from, [{ type: "text", body: "hi" }]);
    await first.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
    await first.stop();
    const second = await startHarness(get(), [shop]);
    try {
      await second.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
      expect(bodies(second, from)).toEqual(["There it is"]);
    } finally {
      await second.stop();
    }
  });

  const lookupFlow = (): Flow =>
    buildFlow({
      nodes: [
        node("start", "start", { trigger: { kind: "any" } }),
        node("call", "http_request", {
          method: "GET",
          url: `${serverUrl}/orders/42`,
          mappings: [{ path: "order.status", variable: "status" }],
        }),
        node("ok", "message", { text: "Your order is {{status}}" }),
        node("bad", "message", { text: "Sorry" }),
      ],
      edges: [
        edge("start", "next", "call"),
        edge("call", "success", "ok"),
        edge("call", "error", "bad"),
      ],
      variables: [{ name: "status" }],
    });

  it("calls a shop API from an HTTP node and answers with what came back", async () => {
    const shop = await seedShop(get().db);
    await publish(get().db, shop, lookupFlow(), "Lookup");
    const h = await startHarness(get(), [shop]);
    try {
      const from = customer();
      await post(h, shop, from, [{ type: "text", body: "where is my order" }]);
      await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
      expect(bodies(h, from)).toEqual(["Your order is shipped"]);
    } finally {
      await h.stop();
    }
  });

  it("calls private addresses only while the workspace allows it (`workspace` mode)", async () => {
    const shop = await seedShop(get().db);
    await publish(get().db, shop, lookupFlow(), "Lookup");
    const h = await startHarness(get(), [shop], { privateHttp: "workspace" });
    try {
      const before = requests.length;
      const from = customer();
      await post(h, shop, from, [{ type: "text", body: "where is my order" }]);
      await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
      expect(bodies(h, from)).toEqual(["Sorry"]);
      expect(requests.length).toBe(before);

      await setWorkspaceAllowsPrivateHttp(get().db, shop.workspaceId, true);
      await post(h, shop, from, [{ type: "text", body: "and now?" }]);
      await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
      expect(bodies(h, from)).toEqual(["Sorry", "Your order is shipped"]);
      expect(requests.slice(before)).toEqual(["GET /orders/42"]);
    } finally {
      await h.stop();
    }
  });

  it("refuses private addresses unless allowed", async () => {
    const effect = {
      type: "http_request" as const,
      effectId: "s:e1",
      method: "GET" as const,
      url: `${serverUrl}/x`,
      headers: {},
      timeoutMs: 2_000,
      responseMappings: [],
    };
    expect(await performHttp(effect, { allowPrivate: false })).toMatchObject({
      status: "error",
      message: expect.stringContaining("private address"),
    });
    expect(
      await performHttp({ ...effect, url: "http://localhost:1/x" }, { allowPrivate: false }),
    ).toMatchObject({ status: "error" });
    expect(await performHttp(effect, { allowPrivate: true })).toMatchObject({
      status: "success",
      httpStatus: 200,
    });
  });
});

describeEachDatabase("runtime send rate and routing", (get) => {
  it("keeps to the number's send rate, measured at the emulator", async () => {
    const shop = await seedShop(get().db);
    const oneLine = buildFlow({
      nodes: [
        node("start", "start", { trigger: { kind: "any" } }),
        node("hi", "message", { text: "Hi" }),
      ],
      edges: [edge("start", "next", "hi")],
    });
    await publish(get().db, shop, oneLine, "One line");
    const h = await startHarness(get(), [shop], { sendRatePerSecond: 10 });
    try {
      const people = Array.from({ length: 20 }, () => customer());
      await Promise.all(people.map((from) => post(h, shop, from, [{ type: "text", body: "hi" }])));
      await h.emulator.waitForSent(20, { timeoutMs: 20_000 });
      const times = h.emulator
        .sent({ phoneNumberId: shop.phoneNumberId })
        .map((m) => m.receivedAt)
        .sort((a, b) => a - b);
      const first = times[0] ?? 0;
      const last = times[times.length - 1] ?? 0;
      // 20 sends at 10/s with a burst of 1: 19 gaps of ~100 ms (unlimited, they all land within
      // a few ms). Arrival times carry network jitter (the first send also opens the
      // connection), so allow some slack on both checks.
      expect(last - first).toBeGreaterThan(1_500);
      for (const start of times) {
        expect(times.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(12);
      }
    } finally {
      await h.stop();
    }
  });

  it("answers a message no live flow wants with the channel's default reply", async () => {
    const shop = await seedShop(get().db, { unmatchedReply: "We'll be right with you." });
    const keywordOnly = buildFlow({
      nodes: [
        node("start", "start", { trigger: { kind: "keyword", keywords: ["menu"] } }),
        node("menu", "message", { text: "Here is the menu" }),
      ],
      edges: [edge("start", "next", "menu")],
    });
    await publish(get().db, shop, keywordOnly, "Menu");
    const h = await startHarness(get(), [shop]);
    try {
      const from = customer();
      await post(h, shop, from, [{ type: "text", body: "hello?" }]);
      await h.emulator.waitForSent(1, { to: from, timeoutMs: 15_000 });
      await post(h, shop, from, [{ type: "text", body: "MENU" }]);
      await h.emulator.waitForSent(2, { to: from, timeoutMs: 15_000 });
      expect(bodies(h, from)).toEqual(["We'll be right with you.", "Here is the menu"]);
    } finally {
      await h.stop();
    }
  });
});
