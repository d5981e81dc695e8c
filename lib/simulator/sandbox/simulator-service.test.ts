import { createServer, type Server } from "node:http";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  followUpFlow,
  leadCaptureFlow,
  orderLookupFlow,
  shopListFlow,
} from "@/e2e/support/simulator-flows";
import type { Db } from "@/lib/db";
import { seedUser, seedUserWithWorkspace } from "@/lib/db/fixtures";
import {
  contacts,
  conversations,
  discountCodes,
  discountPools,
  memberships,
  outboundMessages,
  simulatorSessions,
} from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow } from "@/lib/flow";
import { createFlow } from "@/lib/flow-store/flows";
import { setWorkspaceAllowsPrivateHttp } from "@/lib/workspace/private-http-setting";
import type { CustomerMessage } from "../customer-action";
import type { SimulatorAction } from "../simulator-action";
import type { SimulatorResponse } from "../simulator-response";
import type { TranscriptEntry } from "../transcript";
import { getSimulatorState, runSimulatorAction, type SimulatorCaller } from "./simulator-service";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);

/** A local shop API for HTTP nodes: /orders/1042 answers, /slow never does. */
let server: Server;
let baseUrl = "";
const calls: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    if (req.url === "/orders/1042") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "shipped" }));
      return;
    }
    if (req.url === "/slow") return; // never answers: the node's timeout must end it
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  baseUrl = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const text = (t: string): CustomerMessage => ({ kind: "text", text: t });

/** A person in a workspace with one flow, and a real clock they can move. */
async function setup(db: Db, document: unknown = leadCaptureFlow()) {
  const { user, workspace } = await seedUserWithWorkspace(db);
  const { id: flowId } = await createFlow(db, {
    workspaceId: workspace.id,
    name: "Try me",
    userId: user.id,
  });
  let now = T0;
  const caller: SimulatorCaller = {
    workspaceId: workspace.id,
    userId: user.id,
    userName: "Ayşe",
    flowId,
    locale: "en",
    privateHttp: "always",
    now: () => now,
  };
  let doc = document;
  const act = (action: SimulatorAction, who: SimulatorCaller = caller) =>
    runSimulatorAction(db, who, { document: doc, action });
  return {
    user,
    workspace,
    flowId,
    caller,
    act,
    say: (message: CustomerMessage) =>
      act({ type: "customer", action: { type: "message", message } }),
    setDocument(next: unknown) {
      doc = next;
    },
    passRealTime(ms: number) {
      now += ms;
    },
  };
}

function chat(res: SimulatorResponse): string[] {
  return res.state.transcript.map(describe);
}

function describe(entry: TranscriptEntry): string {
  if (entry.kind === "notice") return `[${entry.notice.type}]`;
  if (entry.kind === "customer") {
    const m = entry.message;
    return `> ${m.kind === "text" ? m.text : m.kind === "button" || m.kind === "list" ? m.title : m.kind}`;
  }
  const m = entry.message;
  const prefix = entry.refused ? "x " : "< ";
  switch (m.type) {
    case "text":
      return prefix + m.text;
    case "buttons":
    case "list":
      return prefix + m.body;
    case "template":
      return `${prefix}template ${m.name}`;
    default:
      return prefix + m.type;
  }
}

describeEachDatabase("simulator sandbox", (get) => {
  it("plays the lead capture: buttons, a rejected e-mail, then the confirmation", async () => {
    const { db } = get();
    const s = await setup(db);
    const fresh = await getSimulatorState(db, s.caller);
    expect(fresh.state).toMatchObject({ status: "idle", transcript: [], clock: T0 });
    expect(fresh.state.contact).toMatchObject({ name: "Ayşe" });

    let res = await s.say(text("hi"));
    expect(res.blocked).toBeNull();
    expect(chat(res)).toEqual(["> hi", "< Hi! Would you like *10% off* your first order?"]);
    expect(res.state.wait).toEqual({ kind: "input", nodeId: "offer" });
    expect(res.state.path).toEqual({ nodeIds: ["start", "offer"], edgeIds: ["e1"] });
    expect(res.state.windowOpenUntil).toBe(T0 + 24 * HOUR);

    res = await s.say({ kind: "button", buttonId: "yes", title: "Yes please" });
    expect(chat(res).slice(-1)).toEqual(["< Great! What is your e-mail address?"]);
    expect(res.state.wait?.nodeId).toBe("ask-email");

    res = await s.say(text("not an e-mail"));
    const rejected = res.state.trace.find((t) => t.entry.type === "input_rejected");
    expect(rejected?.entry).toMatchObject({ nodeId: "ask-email" });
    expect(res.state.wait?.nodeId).toBe("ask-email");
    expect(chat(res).at(-1)?.startsWith("< ")).toBe(true);

    res = await s.say(text("ayse@example.com"));
    expect(chat(res).slice(-3)).toEqual([
      "> ayse@example.com",
      "< Thanks! Your code is on its way to *ayse@example.com*.",
      "[session_ended]",
    ]);
    expect(res.state.status).toBe("ended");
    expect(res.state.variables).toMatchObject({ email: "ayse@example.com" });
    expect(res.state.path.nodeIds).toEqual(["start", "offer", "ask-email", "thanks", "bye"]);
    expect(res.state.path.edgeIds).toEqual(["e1", "e2", "e4", "e6"]);

    // A reload keeps the chat.
    const reloaded = await getSimulatorState(db, s.caller);
    expect(reloaded.state).toEqual(res.state);

    // The sandbox never touches the live runtime's tables.
    for (const table of [contacts, conversations, outboundMessages]) {
      expect(await db.select().from(table)).toHaveLength(0);
    }
  });

  it("picks a list row and answers with that row's branch", async () => {
    const { db } = get();
    const s = await setup(db, shopListFlow());
    let res = await s.say(text("shops?"));
    const list = res.state.transcript.at(-1);
    expect(list?.kind === "business" && list.message.type).toBe("list");
    res = await s.say({ kind: "list", rowId: "jordaan", title: "Jordaan" });
    expect(chat(res).slice(-3)).toEqual([
      "> Jordaan",
      "< Jordaan: open 09:00–18:00. Tot ziens!",
      "[session_ended]",
    ]);
    expect(res.state.path.edgeIds).toEqual(["e1", "e4"]);
  });

  it("skips a delay, moves the clock 25 h and shows what WhatsApp would refuse", async () => {
    const { db } = get();
    const s = await setup(db, followUpFlow());
    let res = await s.say(text("order placed"));
    expect(chat(res).slice(-1)).toEqual(["< Thanks! Your order is being packed."]);
    expect(res.state.wait).toEqual({ kind: "timer", nodeId: "wait-ship", fireAt: T0 + 2 * HOUR });
    expect(res.state.nextTimerAt).toBe(T0 + 2 * HOUR);

    res = await s.act({ type: "skip_delay" });
    expect(res.state.clock).toBe(T0 + 2 * HOUR);
    expect(chat(res).slice(-2)).toEqual(["[delay_skipped]", "< Your order has shipped."]);
    expect(res.state.wait).toMatchObject({ kind: "timer", nodeId: "wait-review" });

    res = await s.act({ type: "advance_clock", ms: 25 * HOUR });
    expect(res.state.clock).toBe(T0 + 27 * HOUR);
    // The 24-hour window closed at T0 + 24 h; the review question at T0 + 26 h is refused, the
    // template still goes out.
    expect(chat(res).slice(-5)).toEqual([
      "[clock_advanced]",
      "[window_closed]",
      "x How was your delivery?",
      "< template delivery_feedback",
      "[session_ended]",
    ]);
    const refused = res.state.transcript.find((e) => e.kind === "business" && e.refused);
    expect(refused).toMatchObject({ at: T0 + 26 * HOUR, refused: "window_closed", nodeId: "ask" });
    const closed = res.state.transcript.find(
      (e) => e.kind === "notice" && e.notice.type === "window_closed",
    );
    expect(closed?.at).toBe(T0 + 24 * HOUR);
    expect(res.state.trace.some((t) => t.entry.type === "message_dropped")).toBe(true);

    // Skipping with no delay to wait on changes nothing.
    const before = res.state;
    res = await s.act({ type: "skip_delay" });
    expect(res.state.transcript).toEqual(before.transcript);
  });

  it("runs a short delay that came due in real time on a tick", async () => {
    const { db } = get();
    const doc = followUpFlow();
    const s = await setup(db, doc);
    await s.say(text("hello"));
    s.passRealTime(HOUR);
    let res = await s.act({ type: "tick" });
    expect(chat(res).at(-1)).toBe("< Thanks! Your order is being packed.");
    s.passRealTime(HOUR + 1);
    res = await s.act({ type: "tick" });
    expect(chat(res).at(-1)).toBe("< Your order has shipped.");
    expect(res.state.clock).toBe(T0 + 2 * HOUR + 1);
  });

  it("calls a real HTTP endpoint, and refuses private addresses unless allowed", async () => {
    const { db } = get();
    const s = await setup(db, orderLookupFlow(baseUrl));
    calls.length = 0;
    let res = await s.say(text("where is my order"));
    expect(calls).toEqual(["GET /orders/1042"]);
    expect(chat(res).slice(-2)).toEqual(["< Order #1042 is *shipped*.", "[session_ended]"]);
    expect(res.state.effects).toEqual([
      {
        effectId: expect.any(String),
        type: "http_request",
        summary: `GET ${baseUrl}/orders/1042`,
        status: "applied",
        result: { status: "success", httpStatus: 200, data: { status: "shipped" } },
      },
    ]);
    expect(res.state.variables).toMatchObject({ status: "shipped" });

    res = await s.act({ type: "restart" });
    res = await s.act(
      { type: "customer", action: { type: "message", message: text("again") } },
      { ...s.caller, privateHttp: "never" },
    );
    expect(calls).toHaveLength(1);
    expect(chat(res).slice(-2)).toEqual([
      "< Sorry, the shop cannot be reached.",
      "[session_ended]",
    ]);
    expect(res.state.effects[0]?.result).toMatchObject({
      status: "error",
      message: expect.stringContaining("private address"),
    });
  });

  it("in `workspace` mode, calls private addresses only while the workspace allows it", async () => {
    const { db } = get();
    const s = await setup(db, orderLookupFlow(baseUrl));
    const caller: SimulatorCaller = { ...s.caller, privateHttp: "workspace" };
    const ask = (message: string) =>
      s.act({ type: "customer", action: { type: "message", message: text(message) } }, caller);
    calls.length = 0;

    let res = await ask("where is my order");
    expect(calls).toEqual([]);
    expect(chat(res).at(-2)).toBe("< Sorry, the shop cannot be reached.");
    expect(res.state.effects[0]?.result).toMatchObject({
      status: "error",
      message: expect.stringContaining("private address"),
    });

    await setWorkspaceAllowsPrivateHttp(db, s.workspace.id, true);
    await s.act({ type: "restart" }, caller);
    res = await ask("where is my order");
    expect(calls).toEqual(["GET /orders/1042"]);
    expect(chat(res).at(-2)).toBe("< Order #1042 is *shipped*.");

    // Another workspace's setting counts for nothing here.
    const other = await setup(db, orderLookupFlow(baseUrl));
    res = await other.act(
      { type: "customer", action: { type: "message", message: text("where is my order") } },
      { ...other.caller, privateHttp: "workspace" },
    );
    expect(calls).toHaveLength(1);
    expect(chat(res).at(-2)).toBe("< Sorry, the shop cannot be reached.");

    // The operator's `never` wins over the workspace.
    await s.act({ type: "restart" }, caller);
    res = await s.act(
      { type: "customer", action: { type: "message", message: text("again") } },
      { ...caller, privateHttp: "never" },
    );
    expect(calls).toHaveLength(1);
    expect(chat(res).at(-2)).toBe("< Sorry, the shop cannot be reached.");
  });

  it("gives up on an HTTP call at the node's timeout", async () => {
    const { db } = get();
    const doc = orderLookupFlow(baseUrl);
    const lookup = doc.nodes.find((n) => n.id === "lookup");
    if (!lookup) throw new Error("fixture changed");
    lookup.data = { method: "GET", url: `${baseUrl}/slow`, timeoutMs: 300, mappings: [] };
    const s = await setup(db, doc);
    const started = Date.now();
    const res = await s.say(text("order?"));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(chat(res).slice(-2)).toEqual([
      "< Sorry, the shop cannot be reached.",
      "[session_ended]",
    ]);
  });

  it("restarts afresh, or right at a chosen node that is no start", async () => {
    const { db } = get();
    const s = await setup(db);
    await s.say(text("hi"));
    await s.act({ type: "edit_contact", edit: { field: "email", value: "kept@example.com" } });
    let res = await s.act({ type: "restart" });
    expect(res.state).toMatchObject({ status: "idle", transcript: [], trace: [], effects: [] });
    expect(res.state.path).toEqual({ nodeIds: [], edgeIds: [] });
    expect(res.state.contact.email).toBe("kept@example.com");

    res = await s.act({ type: "restart", startNodeId: "ask-email" });
    expect(chat(res)).toEqual(["< Great! What is your e-mail address?"]);
    expect(res.state.wait?.nodeId).toBe("ask-email");
    expect(res.state.path).toEqual({ nodeIds: ["ask-email"], edgeIds: [] });
    res = await s.say(text("x@y.nl"));
    expect(chat(res).at(-2)).toBe("< Thanks! Your code is on its way to *x@y.nl*.");

    res = await s.act({ type: "restart", startNodeId: "start" });
    expect(chat(res)).toEqual(["< Hi! Would you like *10% off* your first order?"]);

    await expect(s.act({ type: "restart", startNodeId: "nope" })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("starts as an API call with variables and as an ad arrival", async () => {
    const { db } = get();
    const doc = leadCaptureFlow();
    doc.nodes.push({
      id: "api",
      type: "start",
      position: { x: 0, y: 200 },
      data: { trigger: { kind: "api" } },
    });
    doc.nodes.push({
      id: "api-hello",
      type: "end",
      position: { x: 260, y: 200 },
      data: { message: "Hello {{first_name}}!" },
    });
    doc.edges.push({ id: "e9", source: "api", sourceHandle: "next", target: "api-hello" });
    doc.variables.push({ name: "first_name" });
    const s = await setup(db, doc);
    let res = await s.act({
      type: "customer",
      action: { type: "api_start", variables: { first_name: "Deniz" } },
    });
    expect(chat(res)).toEqual(["[api_start]", "< Hello Deniz!", "[session_ended]"]);
    expect(res.state.windowOpenUntil).toBeNull();

    res = await s.say({ kind: "text", text: "I saw your ad", referral: { adId: "ad-7" } });
    const arrival = res.state.transcript.find((e) => e.kind === "customer");
    expect(arrival?.kind === "customer" && arrival.message.referral).toEqual({ adId: "ad-7" });
  });

  it("edits variables and the sandbox contact, which the flow then reads", async () => {
    const { db } = get();
    const doc = leadCaptureFlow();
    const thanks = doc.nodes.find((n) => n.id === "thanks");
    if (!thanks) throw new Error("fixture changed");
    thanks.data = { text: "Thanks {{contact.name}} ({{contact.tier}}), mail to {{email}}." };
    const s = await setup(db, doc);

    await expect(
      s.act({ type: "set_variable", name: "email", value: "a@b.co" }),
    ).rejects.toMatchObject({ status: 409 });

    await s.say(text("hi"));
    let res = await s.act({ type: "set_variable", name: "email", value: "set@by.hand" });
    expect(res.state.variables.email).toBe("set@by.hand");
    expect(res.state.trace.at(-1)?.entry).toEqual({
      type: "variable_set",
      name: "email",
      value: "set@by.hand",
    });
    res = await s.act({ type: "edit_contact", edit: { field: "name", value: "Deniz" } });
    res = await s.act({
      type: "edit_contact",
      edit: { field: "custom", key: "tier", value: "gold" },
    });
    res = await s.act({
      type: "edit_contact",
      edit: { field: "tags", value: ["vip", "vip", "nl"] },
    });
    res = await s.act({ type: "edit_contact", edit: { field: "optIn", value: true } });
    expect(res.state.contact).toMatchObject({
      name: "Deniz",
      fields: { tier: "gold" },
      tags: ["vip", "nl"],
      optIn: true,
    });
    await s.say({ kind: "button", buttonId: "yes", title: "Yes please" });
    res = await s.say(text("deniz@example.com"));
    expect(chat(res).at(-2)).toBe("< Thanks Deniz (gold), mail to deniz@example.com.");
  });

  it("stops on validation errors and says which, without running the action", async () => {
    const { db } = get();
    const s = await setup(db);
    await s.say(text("hi"));
    const broken = leadCaptureFlow();
    broken.edges = broken.edges.filter((e) => e.id !== "e1");
    broken.nodes.push({
      id: "orphan",
      type: "message",
      position: { x: 0, y: 400 },
      data: { text: "" },
    });
    s.setDocument(broken);
    const res = await s.say({ kind: "button", buttonId: "yes", title: "Yes please" });
    expect(res.blocked?.errors).toBeGreaterThan(0);
    expect(res.blocked?.problems.some((p) => p.nodeId === "orphan")).toBe(true);
    expect(res.blocked?.problems.every((p) => p.message.length > 0)).toBe(true);
    expect(chat(res)).toHaveLength(2);

    // Edits of the sandbox itself still work on a broken draft.
    const edited = await s.act({ type: "edit_contact", edit: { field: "name", value: "X" } });
    expect(edited.blocked).toBeNull();

    s.setDocument({ version: 1, nodes: "nope" });
    await expect(s.say(text("hi"))).rejects.toMatchObject({ status: 400, code: "invalid_flow" });
  });

  it("shows a runtime error in the chat as a notice", async () => {
    const { db } = get();
    const doc = leadCaptureFlow();
    const offer = doc.nodes.find((n) => n.id === "offer");
    if (!offer) throw new Error("fixture changed");
    // A sub-flow that exists when validated but cannot be run: a flow without a start.
    const s = await setup(db, doc);
    const { id: otherId } = await createFlow(db, {
      workspaceId: s.workspace.id,
      name: "Empty",
      userId: s.user.id,
      document: { ...createEmptyFlow(), nodes: [] },
    });
    doc.nodes.push({
      id: "call",
      type: "jump",
      position: { x: 0, y: 300 },
      data: { target: { kind: "flow", flowId: otherId, startNodeId: "" } },
    });
    doc.edges = doc.edges.map((e) => (e.id === "e1" ? { ...e, target: "call" } : e));
    doc.edges.push({ id: "e7", source: "call", sourceHandle: "next", target: "offer" });
    s.setDocument(doc);
    const res = await s.say(text("hi"));
    expect(res.blocked).toBeNull();
    const notice = res.state.transcript.find(
      (e) => e.kind === "notice" && e.notice.type === "runtime_error",
    );
    expect(notice?.kind === "notice" && notice.notice).toMatchObject({
      type: "runtime_error",
      message: expect.stringContaining(otherId),
    });
  });

  it("hands out look-alike discount codes and leaves the live pool alone", async () => {
    const { db } = get();
    const s = await setup(db);
    const [pool] = await db
      .insert(discountPools)
      .values({ workspaceId: s.workspace.id, name: "Welcome 10" })
      .returning();
    if (!pool) throw new Error("seed failed");
    await db.insert(discountCodes).values([{ poolId: pool.id, code: "WELCOME-1234" }]);
    const [emptyPool] = await db
      .insert(discountPools)
      .values({ workspaceId: s.workspace.id, name: "Empty" })
      .returning();
    if (!emptyPool) throw new Error("seed failed");
    const codeFlow = (poolId: string) => ({
      version: 1,
      nodes: [
        {
          id: "start",
          type: "start",
          position: { x: 0, y: 0 },
          data: { trigger: { kind: "any" } },
        },
        {
          id: "code",
          type: "discount_code",
          position: { x: 200, y: 0 },
          data: { source: { kind: "pool", poolId }, variable: "code" },
        },
        {
          id: "sent",
          type: "end",
          position: { x: 400, y: 0 },
          data: { message: "Code: {{code}}" },
        },
        { id: "none", type: "end", position: { x: 400, y: 200 }, data: { message: "All gone." } },
      ],
      edges: [
        { id: "e1", source: "start", sourceHandle: "next", target: "code" },
        { id: "e2", source: "code", sourceHandle: "ok", target: "sent" },
        { id: "e3", source: "code", sourceHandle: "exhausted", target: "none" },
      ],
      variables: [{ name: "code" }],
      settings: { locale: "en" },
    });
    s.setDocument(codeFlow(pool.id));
    let res = await s.say(text("code please"));
    const line = chat(res).find((l) => l.startsWith("< Code: "));
    expect(line).toMatch(/^< Code: [A-Z]{7}-\d{4}$/);
    expect(line).not.toBe("< Code: WELCOME-1234");
    expect(res.state.effects[0]).toMatchObject({ type: "discount_code", summary: "Welcome 10" });
    const [code] = await db.select().from(discountCodes).where(eq(discountCodes.poolId, pool.id));
    expect(code).toMatchObject({ takenAt: null, effectId: null, conversationId: null });

    s.setDocument(codeFlow(emptyPool.id));
    res = await s.act({ type: "restart" });
    res = await s.say(text("code please"));
    expect(chat(res).slice(-2)).toEqual(["< All gone.", "[session_ended]"]);
  });

  it("keeps one sandbox per person and flow, inside the workspace", async () => {
    const { db } = get();
    const s = await setup(db);
    await s.say(text("hi"));
    const colleague = await seedUser(db, "colleague");
    await db
      .insert(memberships)
      .values({ workspaceId: s.workspace.id, userId: colleague.id, role: "viewer" });
    const theirs = { ...s.caller, userId: colleague.id, userName: colleague.name };
    expect((await getSimulatorState(db, theirs)).state.transcript).toEqual([]);
    await s.act({ type: "customer", action: { type: "message", message: text("hey") } }, theirs);
    expect(await db.select().from(simulatorSessions)).toSatisfy(
      (rows: unknown[]) => rows.length >= 2,
    );

    const outsider = await seedUserWithWorkspace(db, "outsider");
    const foreign = { ...s.caller, workspaceId: outsider.workspace.id, userId: outsider.user.id };
    await expect(getSimulatorState(db, foreign)).rejects.toMatchObject({ status: 404 });
    await expect(
      runSimulatorAction(db, foreign, { document: leadCaptureFlow(), action: { type: "tick" } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
