import fc from "fast-check";
import type { EngineInput } from "../engine/engineInput";
import type { Session } from "../engine/session";
import { flowSchema, type Flow } from "../schema/flowSchema";
import { FLOW_VERSION } from "../version";

/** fast-check generators of schema-valid flows and of input sequences, for the property tests. */

const text = fc.constantFrom(
  "",
  "hi",
  "Merhaba {{name}}",
  "{{contact.name|dostum}}",
  "{{order.status}}",
  "x".repeat(30),
);
const variable = fc.constantFrom("name", "email", "order", "n", "answer");
const id = fc.constantFrom("a", "b", "c", "yes", "no", "btn_1");

const buttons = fc.record({
  body: text,
  buttons: fc.uniqueArray(fc.record({ id, title: fc.constantFrom("Yes", "No", "Evet", "A", "") }), {
    minLength: 0,
    maxLength: 4,
    selector: (b) => b.id,
  }),
  maxAttempts: fc.integer({ min: 1, max: 3 }),
});

const answer = fc.oneof(
  fc.constant({ type: "text" }),
  fc.constant({ type: "number", min: 1, max: 10 }),
  fc.constant({ type: "email" }),
  fc.constant({ type: "phone", defaultCountry: "TR" }),
  fc.constant({ type: "date" }),
  fc.constant({ type: "yes_no" }),
  fc.constant({ type: "location" }),
  fc.constant({ type: "media" }),
  fc.constant({ type: "any" }),
);

const rule = fc.record({
  subject: fc.oneof(
    variable.map((name) => ({ kind: "variable", name })),
    fc.constant({ kind: "contact", field: "name" }),
    fc.constant({ kind: "last_message" }),
  ),
  operator: fc.constantFrom(
    "equals",
    "contains",
    "greater_than",
    "is_set",
    "is_empty",
    "in_list",
    "regex",
    "not_equals",
  ),
  value: fc.constantFrom("", "1", "yes", "^\\d+$", "(a+)+", "{{n}}"),
  values: fc.constantFrom([], ["a", "yes"]),
});

const assignment = fc.record({
  variable,
  value: fc.oneof(
    fc.constant({ kind: "literal", value: 1 }),
    fc.constant({ kind: "template", template: "{{name}}!" }),
    fc
      .constantFrom("n + 1", "n / 0", "round(n * 1.5, 1)", "((")
      .map((expression) => ({ kind: "math", expression })),
    fc.constant({ kind: "date", from: "", format: "DD.MM.YYYY" }),
    fc.constant({ kind: "date", from: "order", format: "YYYY" }),
    fc.constant({ kind: "random_code", length: 6 }),
  ),
});

type NodeSpec = { type: string; data: fc.Arbitrary<object> };

function specs(nodeIds: readonly string[]): NodeSpec[] {
  const target = fc.constantFrom(...nodeIds, "ghost");
  return [
    { type: "message", data: fc.record({ text }) },
    { type: "buttons", data: buttons },
    {
      type: "list",
      data: fc.record({
        body: text,
        sections: fc.constant([
          {
            title: "S",
            rows: [
              { id: "a", title: "A" },
              { id: "b", title: "B" },
            ],
          },
        ]),
        maxAttempts: fc.integer({ min: 1, max: 3 }),
      }),
    },
    {
      type: "question",
      data: fc.record({
        prompt: text,
        variable,
        answer,
        maxAttempts: fc.integer({ min: 1, max: 3 }),
        skipWord: fc.constantFrom("", "skip"),
        timeoutMinutes: fc.constantFrom(0, 5),
      }),
    },
    {
      type: "condition",
      data: fc.record({
        branches: fc.array(
          fc.record({
            id,
            groups: fc.array(fc.record({ rules: fc.array(rule, { maxLength: 3 }) }), {
              maxLength: 2,
            }),
          }),
          { maxLength: 3 },
        ),
      }),
    },
    {
      type: "set_variable",
      data: fc.record({ assignments: fc.array(assignment, { maxLength: 3 }) }),
    },
    {
      type: "http_request",
      data: fc.record({
        url: fc.constantFrom("https://x.test/{{order}}", "{{url}}", ""),
        body: fc.constantFrom("", '{"a": "{{n}}"}', "{bad json"),
        mappings: fc.constant([
          { path: "$.status", variable: "order" },
          { path: "$..", variable: "n" },
        ]),
      }),
    },
    {
      type: "discount_code",
      data: fc.oneof(
        fc.constant({ source: { kind: "pool", poolId: "p" }, variable: "code" }),
        fc.constant({ source: { kind: "pattern", pattern: "A-###" }, variable: "code" }),
      ),
    },
    {
      type: "delay",
      data: fc.record({
        amount: fc.constantFrom(0, 1, 30),
        unit: fc.constantFrom("seconds", "hours", "days"),
      }),
    },
    {
      type: "template",
      data: fc.record({
        name: fc.constant("promo"),
        bodyParams: fc.constant(["{{name}}"]),
        buttons: fc.constantFrom([], [{ kind: "quick_reply", id: "yes", title: "Yes" }]),
      }),
    },
    { type: "location_request", data: fc.record({ body: text, variable }) },
    {
      type: "cta_url",
      data: fc.record({
        body: text,
        label: fc.constant("Go"),
        url: fc.constantFrom("https://x.test/{{n}}", "{{url}}"),
      }),
    },
    {
      type: "contact_update",
      data: fc.record({
        fields: fc.constant([
          { field: "email", value: "{{email}}" },
          { field: "custom", key: "k", value: "v" },
        ]),
        addTags: fc.constant(["t"]),
        optIn: fc.constantFrom("unchanged", "opt_in", "opt_out"),
      }),
    },
    { type: "handoff", data: fc.record({ message: text }) },
    {
      type: "jump",
      data: fc.oneof(
        target.map((nodeId) => ({ target: { kind: "node", nodeId } })),
        fc.constantFrom("sub", "missing").map((flowId) => ({ target: { kind: "flow", flowId } })),
      ),
    },
    { type: "end", data: fc.record({ message: text }) },
  ];
}

const PORTS = [
  "next",
  "invalid",
  "timeout",
  "success",
  "error",
  "ok",
  "exhausted",
  "resolved",
  "else",
  "other",
  "a",
  "b",
  "c",
  "yes",
  "no",
  "btn_1",
];

export function flowArbitrary(maxNodes = 14): fc.Arbitrary<Flow> {
  return fc.integer({ min: 1, max: maxNodes }).chain((count) => {
    const ids = Array.from({ length: count }, (_, i) => `n${i}`);
    const nodeSpecs = specs(["start", ...ids]);
    const nodes = fc.tuple(
      ...ids.map((nodeId) =>
        fc.constantFrom(...nodeSpecs).chain((spec) =>
          spec.data.map((data) => ({
            id: nodeId,
            type: spec.type,
            position: { x: 0, y: 0 },
            data,
          })),
        ),
      ),
    );
    const trigger = fc.constantFrom(
      { kind: "any" },
      { kind: "keyword", keywords: ["hi"] },
      { kind: "api" },
    );
    const edges = fc.array(
      fc.record({
        source: fc.constantFrom("start", ...ids),
        sourceHandle: fc.constantFrom(...PORTS),
        target: fc.constantFrom(...ids),
      }),
      { maxLength: count * 3 },
    );
    return fc
      .tuple(nodes, trigger, edges, fc.constantFrom(0, 1, 60))
      .map(([generated, startTrigger, edgeList, inactivity]) =>
        flowSchema.parse({
          version: FLOW_VERSION,
          nodes: [
            {
              id: "start",
              type: "start",
              position: { x: 0, y: 0 },
              data: { trigger: startTrigger },
            },
            ...generated,
          ],
          edges: [
            { source: "start", sourceHandle: "next", target: ids[0] ?? "start" },
            ...edgeList,
          ].map((e, i) => ({ id: `e${i}`, ...e })),
          variables: [{ name: "n", defaultValue: 0 }],
          settings: { inactivityTimeoutMinutes: inactivity },
        }),
      );
  });
}

/** An input chosen against the current session, so timers and effects sometimes match and sometimes are stale. */
export type InputPick = (session: Session | null, now: number, index: number) => EngineInput;

export const inputArbitrary: fc.Arbitrary<InputPick> = fc.oneof(
  fc
    .constantFrom(
      "hi",
      "yes",
      "Evet",
      "stop",
      "restart",
      "agent",
      "5",
      "ayse@example.com",
      "12.03.2025",
      "skip",
      "",
      "A",
      "a b c",
    )
    .map((text): InputPick => (_s, now, i) => ({
      type: "message",
      message: { kind: "text", id: `w${i}`, timestamp: now, text },
    })),
  fc
    .constantFrom("a", "b", "yes", "no", "btn_1", "zzz")
    .map((buttonId): InputPick => (_s, now, i) => ({
      type: "message",
      message: { kind: "button", id: `w${i}`, timestamp: now, buttonId, title: buttonId },
    })),
  fc.constantFrom("a", "b", "x").map((rowId): InputPick => (_s, now, i) => ({
    type: "message",
    message: { kind: "list", id: `w${i}`, timestamp: now, rowId, title: rowId },
  })),
  fc.constant<InputPick>((_s, now, i) => ({
    type: "message",
    message: { kind: "location", id: `w${i}`, timestamp: now, latitude: 41, longitude: 29 },
  })),
  fc.constant<InputPick>((_s, now, i) => ({
    type: "message",
    message: { kind: "media", id: `w${i}`, timestamp: now, mediaKind: "image", mediaId: "m" },
  })),
  fc.constant<InputPick>((_s, now, i) => ({
    type: "message",
    message: { kind: "reaction", id: `w${i}`, timestamp: now, messageId: "x" },
  })),
  fc.constant<InputPick>((_s, now, i) => ({
    type: "message",
    message: { kind: "unknown", id: `w${i}`, timestamp: now, rawType: "sticker" },
  })),
  fc.constant<InputPick>((s) => {
    const wait = s?.wait;
    const timerId =
      wait?.kind === "timer"
        ? wait.timerId
        : wait?.kind === "input"
          ? (wait.timerId ?? "none")
          : "stale";
    return { type: "timer", timerId };
  }),
  fc.constant<InputPick>((s) => ({ type: "timer", timerId: `${s?.id ?? "x"}:inactivity` })),
  fc
    .constantFrom(
      { status: "success" as const, data: { status: "shipped", code: "C-1" } },
      { status: "success" as const, data: "CODE" },
      { status: "error" as const, httpStatus: 500 },
      { status: "exhausted" as const },
    )
    .chain((result) =>
      fc.boolean().map((matching): InputPick => (s) => ({
        type: "effect_result",
        effectId: matching && s?.wait?.kind === "effect" ? s.wait.effectId : "stale",
        result,
      })),
    ),
  fc.constant<InputPick>(() => ({ type: "agent_resolved" })),
  fc.constant<InputPick>(() => ({ type: "window_closed" })),
  fc.constantFrom(undefined, "start", "n0").map((startNodeId): InputPick => () => ({
    type: "api_start",
    variables: { name: "Ayşe" },
    ...(startNodeId === undefined ? {} : { startNodeId }),
  })),
);
