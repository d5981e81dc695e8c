import { describe, expect, it } from "vitest";
import { createSeededRandom } from "../random/seededRandom";
import {
  buildFlow,
  Conversation,
  edge,
  effectsOf,
  node,
  said,
  START_ANY,
  T0,
  tracedNodes,
} from "../testing/conversation";
import { advance } from "./advance";
import { parseSession, SESSION_VERSION, type Session } from "./session";

const askFlow = buildFlow({
  nodes: [
    START_ANY,
    node("q", "question", { prompt: "Adınız?", variable: "name", answer: { type: "text" } }),
    node("bye", "end", { message: "Teşekkürler {{name}}" }),
  ],
  edges: [edge("start", "next", "q"), edge("q", "next", "bye")],
  settings: { inactivityTimeoutMinutes: 30, inactivityMessage: "Görüşmek üzere!" },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe("advance: inputs and robustness", () => {
  it("rejects malformed input without touching the session", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const before = c.session;
    const result = advance(
      askFlow,
      before,
      JSON.parse('{"type":"message","message":{"kind":"text"}}'),
      {
        now: T0,
        random: () => 0.5,
      },
    );
    expect(result.session).toBe(before);
    expect(result.outbox).toEqual([]);
    expect(result.trace).toEqual([
      expect.objectContaining({ type: "input_rejected", reason: "invalid_input" }),
    ]);
  });

  it("never throws: an internal failure returns the old session and an error entry", () => {
    const result = advance(
      askFlow,
      null,
      { type: "message", message: { kind: "text", id: "w1", timestamp: T0, text: "hi" } },
      {
        now: T0,
        random: () => {
          throw new Error("entropy ran out");
        },
      },
    );
    expect(result.session).toBeNull();
    expect(result.outbox).toEqual([]);
    expect(result.effects).toEqual([]);
    expect(result.trace.at(-1)).toMatchObject({ type: "error", code: "internal_error" });
  });

  it("does not mutate the session it is given", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const frozen = deepFreeze(structuredClone(c.session));
    const result = advance(
      askFlow,
      frozen,
      { type: "message", message: { kind: "text", id: "w2", timestamp: T0, text: "Ayşe" } },
      { now: T0, random: createSeededRandom(1) },
    );
    expect(result.trace.some((t) => t.type === "error")).toBe(false);
    expect(result.session?.status).toBe("ended");
    expect(frozen?.status).toBe("waiting");
  });

  it("is deterministic for the same inputs and seed", () => {
    const play = () => {
      const c = new Conversation(askFlow, { seed: 9 });
      return [c.say("hi"), c.say("Ayşe")];
    };
    expect(play()).toEqual(play());
  });

  it("reports no match and starts nothing", () => {
    const keywordOnly = buildFlow({
      nodes: [node("s", "start", { trigger: { kind: "keyword", keywords: ["menu"] } })],
    });
    const c = new Conversation(keywordOnly);
    const result = c.say("hello");
    expect(result).toEqual({
      session: null,
      outbox: [],
      effects: [],
      trace: [{ type: "no_trigger_match" }],
    });
  });

  it("starts a fresh session after an ended one, keeping the ended one when nothing matches", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    c.say("Ayşe");
    const ended = c.session;
    expect(ended?.status).toBe("ended");
    const again = c.say("hi again");
    expect(said(again)).toEqual(["Adınız?"]);
    expect(c.session?.id).not.toBe(ended?.id);

    const keywordOnly = buildFlow({
      nodes: [
        node("s", "start", { trigger: { kind: "keyword", keywords: ["menu"] } }),
        node("e", "end", {}),
      ],
      edges: [edge("s", "next", "e")],
    });
    const k = new Conversation(keywordOnly);
    k.say("menu");
    const old = k.session;
    expect(k.say("thanks").session).toEqual(old);
  });

  it("ignores timers and agent resolves without a session", () => {
    const c = new Conversation(askFlow);
    expect(c.input({ type: "timer", timerId: "x" }).trace).toEqual([
      { type: "timer_ignored", timerId: "x", reason: "no_session" },
    ]);
    expect(c.input({ type: "agent_resolved" }).trace).toEqual([
      expect.objectContaining({ type: "input_rejected", reason: "not_in_handoff" }),
    ]);
  });

  it("refuses a session that belongs to another flow", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const result = advance(
      askFlow,
      c.session,
      { type: "message", message: { kind: "text", id: "w", timestamp: T0, text: "x" } },
      { now: T0, random: () => 0.1, flowId: "other" },
    );
    expect(result.session).toEqual(c.session);
    expect(result.trace).toEqual([
      expect.objectContaining({ type: "error", code: "session_flow_mismatch" }),
    ]);
  });

  it("traces the path with node and edge ids and counts steps", () => {
    const c = new Conversation(askFlow);
    const first = c.say("hi");
    expect(first.trace.slice(0, 4)).toEqual([
      {
        type: "session_started",
        sessionId: c.session?.id,
        flowId: "main",
        startNodeId: "start",
        via: "trigger",
      },
      { type: "node_entered", flowId: "main", nodeId: "start", nodeType: "start", step: 1 },
      {
        type: "edge_taken",
        flowId: "main",
        edgeId: "start:next->q",
        source: "start",
        sourceHandle: "next",
        target: "q",
      },
      { type: "node_entered", flowId: "main", nodeId: "q", nodeType: "question", step: 2 },
    ]);
    c.say("Ayşe");
    expect(c.session?.steps).toBe(3);
  });
});

describe("advance: global keywords", () => {
  it("stop opts out anywhere and ends the session", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const result = c.say("STOP!");
    expect(said(result)).toEqual(["You won't receive marketing messages from us anymore."]);
    expect(effectsOf(result, "contact_update")).toEqual([
      { type: "contact_update", patch: {}, addTags: [], removeTags: [], optIn: false },
    ]);
    expect(effectsOf(result, "session_ended")[0]?.reason).toBe("opted_out");
    expect(effectsOf(result, "cancel_timer").map((e) => e.timerId)).toEqual([
      `${c.session?.id}:inactivity`,
    ]);
    expect(result.trace).toContainEqual({
      type: "global_keyword",
      action: "stop",
      keyword: "stop",
    });
  });

  it("only fires on the whole message, in Turkish too", () => {
    const c = new Conversation(buildFlow({ ...askFlow, settings: { locale: "tr" } }));
    c.say("hi");
    expect(said(c.say("don't stop"))).toEqual(["Teşekkürler don't stop"]);
    const tr = new Conversation(buildFlow({ ...askFlow, settings: { locale: "tr" } }));
    tr.say("merhaba");
    expect(said(tr.say("DUR"))).toEqual(["Artık size pazarlama mesajı göndermeyeceğiz."]);
  });

  it("stop works without a session, starting nothing", () => {
    const c = new Conversation(askFlow);
    const result = c.say("stop");
    expect(result.session).toBeNull();
    expect(effectsOf(result, "contact_update")).toHaveLength(1);
    expect(said(result)).toHaveLength(1);
  });

  it("talk to a human hands off with the flow's message and team, resolve ends the session", () => {
    const flow = buildFlow({
      ...askFlow,
      settings: {
        humanHandoffMessage: "Hemen bağlıyorum {{contact.name|}}",
        humanHandoffTeam: "destek",
        globalKeywords: { human: ["insan"] },
      },
    });
    const c = new Conversation(flow, { seed: 3 });
    c.say("hi");
    const result = c.say("İnsan");
    expect(said(result)).toEqual(["Hemen bağlıyorum "]);
    expect(effectsOf(result, "handoff")).toEqual([
      { type: "handoff", message: "Hemen bağlıyorum ", team: "destek", via: "keyword" },
    ]);
    expect(c.session).toMatchObject({ status: "handoff", wait: { kind: "agent", nodeId: null } });
    expect(effectsOf(result, "cancel_timer")).toHaveLength(1);
    const resolved = c.input({ type: "agent_resolved" });
    expect(resolved.session).toMatchObject({ status: "ended", endedReason: "handoff_resolved" });
  });

  it("talk to a human also works before any session exists", () => {
    const c = new Conversation(askFlow);
    const result = c.say("agent");
    expect(c.session).toMatchObject({ status: "handoff", startNodeId: null });
    expect(effectsOf(result, "handoff")).toHaveLength(1);
  });

  it("restart ends the session and begins again at the same start", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const first = c.session?.id;
    const result = c.say("Restart");
    expect(effectsOf(result, "session_ended")).toEqual([
      { type: "session_ended", sessionId: first, reason: "restarted" },
    ]);
    expect(said(result)).toEqual(["Adınız?"]);
    expect(c.session?.id).not.toBe(first);
    expect(c.session?.status).toBe("waiting");
  });
});

describe("advance: inactivity", () => {
  it("arms a timer while waiting for the customer and ends the session when it fires", () => {
    const c = new Conversation(askFlow);
    const first = c.say("hi");
    const [timer] = effectsOf(first, "schedule_timer");
    expect(timer).toEqual({
      type: "schedule_timer",
      timerId: `${c.session?.id}:inactivity`,
      fireAt: T0 + 30 * 60_000,
      kind: "inactivity",
    });
    const fired = c.fire("inactivity");
    expect(said(fired)).toEqual(["Görüşmek üzere!"]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "inactivity" });
  });

  it("re-arms on every reply and ignores the superseded firing", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("q", "question", {
            prompt: "E-posta?",
            variable: "e",
            answer: { type: "email" },
            maxAttempts: 5,
          }),
        ],
        edges: [edge("start", "next", "q")],
        settings: { inactivityTimeoutMinutes: 30 },
      }),
    );
    c.say("hi");
    c.advanceClock(20 * 60_000);
    const retry = c.say("nope");
    expect(effectsOf(retry, "schedule_timer")[0]?.fireAt).toBe(T0 + 50 * 60_000);
    c.now = T0 + 30 * 60_000;
    const early = c.input({ type: "timer", timerId: `${c.session?.id}:inactivity` });
    expect(early.trace).toEqual([
      expect.objectContaining({ type: "timer_ignored", reason: "stale" }),
    ]);
    expect(c.session?.status).toBe("waiting");
  });

  it("starts over when a message arrives after the deadline even if the timer was lost", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const old = c.session?.id;
    c.advanceClock(31 * 60_000);
    const result = c.say("hello again");
    expect(effectsOf(result, "session_ended")).toEqual([
      { type: "session_ended", sessionId: old, reason: "inactivity" },
    ]);
    expect(said(result)).toEqual(["Adınız?"]);
    expect(c.session?.id).not.toBe(old);
  });

  it("never arms when the timeout is 0", () => {
    const c = new Conversation(
      buildFlow({ ...askFlow, settings: { inactivityTimeoutMinutes: 0 } }),
    );
    expect(effectsOf(c.say("hi"), "schedule_timer")).toEqual([]);
  });
});

describe("advance: step budget", () => {
  const loop = buildFlow({
    nodes: [
      START_ANY,
      node("a", "set_variable", {
        assignments: [{ variable: "n", value: { kind: "math", expression: "n + 1" } }],
      }),
      node("j", "jump", { target: { kind: "node", nodeId: "a" } }),
    ],
    edges: [edge("start", "next", "a"), edge("a", "next", "j")],
    variables: [{ name: "n", defaultValue: 0 }],
  });

  it("stops a runaway loop with a clear entry and ends the session", () => {
    const c = new Conversation(loop);
    const result = c.say("hi");
    expect(tracedNodes(result)).toHaveLength(100);
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "budget_exhausted", steps: 100 }),
    );
    expect(c.session).toMatchObject({ status: "ended", endedReason: "step_budget" });
    expect(c.session?.variables.n).toBe(50);
  });

  it("honours a custom budget", () => {
    const c = new Conversation(loop, { maxSteps: 10 });
    expect(tracedNodes(c.say("hi"))).toHaveLength(10);
  });
});

describe("advance: API starts", () => {
  const flow = buildFlow({
    nodes: [
      START_ANY,
      node("api", "start", { trigger: { kind: "api" } }),
      node("m", "message", { text: "{{greeting}} {{name}}, {{total}}" }),
      node("q", "question", { prompt: "?", variable: "x" }),
    ],
    edges: [edge("start", "next", "q"), edge("api", "next", "m")],
    variables: [
      { name: "greeting", defaultValue: "Merhaba" },
      { name: "name", defaultValue: "müşteri" },
      { name: "total" },
    ],
  });

  it("starts at the API start with variables over defaults", () => {
    const c = new Conversation(flow);
    const result = c.apiStart({ name: "Ayşe", total: 12.5 });
    expect(said(result)).toEqual(["Merhaba Ayşe, 12.5"]);
    expect(result.trace[0]).toMatchObject({
      type: "session_started",
      via: "api",
      startNodeId: "api",
    });
  });

  it("replaces a running session", () => {
    const c = new Conversation(flow);
    c.say("hi");
    const old = c.session?.id;
    const result = c.apiStart({}, "api");
    expect(effectsOf(result, "session_ended")[0]).toEqual({
      type: "session_ended",
      sessionId: old,
      reason: "replaced",
    });
    expect(result.trace[1]).toMatchObject({ type: "session_started", via: "api" });
  });

  it("refuses a flow without an API start, or an unknown start id, keeping the session", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const before = c.session;
    expect(c.apiStart().trace).toEqual([
      expect.objectContaining({ type: "error", code: "no_api_start" }),
    ]);
    expect(c.apiStart({}, "nope").trace).toEqual([
      expect.objectContaining({ type: "error", code: "no_api_start" }),
    ]);
    expect(c.session).toEqual(before);
  });
});

describe("advance: 24-hour window", () => {
  it("a customer message reopens the window even if the runtime's value is stale", () => {
    const c = new Conversation(askFlow, { windowOpenUntil: T0 - 86_400_000 });
    expect(said(c.say("hi"))).toEqual(["Adınız?"]);
  });
});

describe("parseSession", () => {
  it("accepts a session from advance and rejects anything else", () => {
    const c = new Conversation(askFlow);
    c.say("hi");
    const session = JSON.parse(JSON.stringify(c.session));
    expect(parseSession(session)).toEqual({ ok: true, session: c.session });
    expect(parseSession({ ...session, version: SESSION_VERSION + 1 })).toMatchObject({
      ok: false,
      issues: [{ path: "version" }],
    });
    expect(parseSession(null).ok).toBe(false);
    const broken: Partial<Session> = { ...session, wait: { kind: "input" } };
    expect(parseSession(broken).ok).toBe(false);
  });
});
