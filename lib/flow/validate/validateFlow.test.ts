import { describe, expect, it } from "vitest";
import { createEmptyFlow } from "../createEmptyFlow";
import { buildFlow, edge, node, START_ANY } from "../testing/conversation";
import { validateFlow } from "./validateFlow";

const codes = (flow: Parameters<typeof validateFlow>[0], options = {}) =>
  validateFlow(flow, options).map(
    (p) =>
      `${p.severity}:${p.code}@${p.nodeId ?? p.edgeId ?? ""}${p.port ? `/${p.port}` : ""}${p.field ? `#${p.field}` : ""}`,
  );

describe("validateFlow", () => {
  it("accepts the empty flow but flags a start that leads nowhere", () => {
    expect(codes(createEmptyFlow())).toEqual(["error:port_unconnected@start/next"]);
  });

  it("requires a start node", () => {
    // Without a start every node is unreachable; saying so once is enough.
    expect(codes(buildFlow({ nodes: [node("m", "message", { text: "x" })] }))).toEqual([
      "error:no_start@",
    ]);
  });

  it("flags duplicate ids, edges to missing nodes or ports, and ports used twice", () => {
    const flow = buildFlow({
      nodes: [
        START_ANY,
        node("m", "message", { text: "a" }),
        node("m", "message", { text: "b" }),
        node("n", "end"),
      ],
      edges: [
        { id: "e1", source: "start", sourceHandle: "next", target: "m" },
        { id: "e1", source: "start", sourceHandle: "next", target: "n" },
        { id: "e3", source: "ghost", sourceHandle: "next", target: "m" },
        { id: "e4", source: "m", sourceHandle: "nope", target: "n" },
        { id: "e5", source: "m", sourceHandle: "next", target: "void" },
      ],
    });
    expect(codes(flow)).toEqual([
      "error:duplicate_node_id@m",
      "error:duplicate_edge_id@e1",
      "error:port_multiple_edges@start/next",
      "error:edge_source_missing@e3",
      "error:edge_port_missing@m/nope",
      "error:edge_target_missing@e5",
    ]);
    const byEdge = validateFlow(flow).find((p) => p.code === "port_multiple_edges");
    expect(byEdge?.edgeId).toBe("e1");
  });

  it("flags required ports left unconnected, not optional ones", () => {
    const flow = buildFlow({
      nodes: [
        START_ANY,
        node("b", "buttons", {
          body: "?",
          buttons: [
            { id: "a", title: "A" },
            { id: "b", title: "B" },
          ],
        }),
        node("x", "end"),
      ],
      edges: [edge("start", "next", "b"), edge("b", "a", "x")],
    });
    expect(codes(flow)).toEqual(["error:port_unconnected@b/b"]);
  });

  it("flags two starts on one trigger and keywords shadowed by global keywords", () => {
    const flow = buildFlow({
      nodes: [
        node("s1", "start", { trigger: { kind: "any" } }),
        node("s2", "start", { trigger: { kind: "any" } }),
        node("k1", "start", { trigger: { kind: "keyword", keywords: ["Sipariş"] } }),
        node("k2", "start", { trigger: { kind: "keyword", keywords: ["SIPARIS", "stop"] } }),
        node("k3", "start", {
          trigger: { kind: "keyword", keywords: ["sipariş"], match: "contains" },
        }),
        node("a1", "start", { trigger: { kind: "ad", adIds: ["42"] } }),
        node("a2", "start", { trigger: { kind: "ad", adIds: ["42"] } }),
        node("p1", "start", { trigger: { kind: "api" } }),
        node("p2", "start", { trigger: { kind: "api" } }),
        node("e", "end"),
      ],
      edges: ["s1", "s2", "k1", "k2", "k3", "a1", "a2", "p1", "p2"].map((s) =>
        edge(s, "next", "e"),
      ),
    });
    expect(codes(flow)).toEqual([
      "error:duplicate_trigger@s2#trigger",
      "warning:keyword_shadowed@k2#trigger.keywords.1",
      "error:duplicate_trigger@k2#trigger.keywords.0",
      "error:duplicate_trigger@a2#trigger.adIds.0",
      "warning:duplicate_trigger@p2#trigger",
    ]);
    const problem = validateFlow(flow).find((p) => p.nodeId === "s2");
    expect(problem?.message).toEqual({
      en: 'Start node "s1" already starts on any message.',
      tr: '"s1" başlangıç düğümü zaten herhangi bir mesaj ile başlıyor.',
    });
  });

  it("reports node problems with node id and field", () => {
    const flow = buildFlow({
      nodes: [
        START_ANY,
        node("b", "buttons", { body: "?", buttons: [{ id: "a", title: "x".repeat(21) }] }),
      ],
      edges: [edge("start", "next", "b"), edge("b", "a", "b")],
    });
    const [p] = validateFlow(flow);
    expect(p).toEqual({
      id: "too_long:b:::buttons.0.title",
      severity: "error",
      nodeId: "b",
      field: "buttons.0.title",
      code: "too_long",
      message: {
        en: "The button title has 21 characters; WhatsApp allows at most 20.",
        tr: "Düğme başlığı 21 karakter; WhatsApp en fazla 20 karaktere izin veriyor.",
      },
    });
  });

  it("warns about variables used but never set or declared", () => {
    const flow = buildFlow({
      nodes: [
        START_ANY,
        node("q", "question", { prompt: "Mail?", variable: "email", answer: { type: "email" } }),
        node("m", "message", {
          text: "{{email}} {{contact.name}} {{coupon}} {{declared}} {{order.status}}",
        }),
        node("s", "set_variable", {
          assignments: [{ variable: "total", value: { kind: "math", expression: "price * 2" } }],
        }),
      ],
      edges: [edge("start", "next", "q"), edge("q", "next", "m"), edge("m", "next", "s")],
      variables: [{ name: "declared" }],
      settings: { stopMessage: "Bye {{nick}}" },
    });
    expect(codes(flow)).toEqual([
      "warning:variable_undefined@m#text",
      "warning:variable_undefined@m#text",
      "warning:variable_undefined@s#assignments.0.value.expression",
      "warning:variable_undefined@#settings.stopMessage",
    ]);
    expect(
      validateFlow(flow)
        .filter((p) => p.code === "variable_undefined")
        .map((p) => p.message.en.split('"')[1]),
    ).toEqual(["coupon", "order", "price", "nick"]);
  });

  it("flags declared variables with bad or repeated names", () => {
    const flow = buildFlow({
      nodes: [START_ANY],
      variables: [{ name: "ok" }, { name: "ok" }, { name: "2bad" }],
    });
    expect(codes(flow).filter((c) => !c.includes("port_unconnected"))).toEqual([
      "warning:duplicate_variable@#variables.1.name",
      "error:invalid_variable_name@#variables.2.name",
    ]);
  });

  it("flags loops that never wait for the customer, and warns about ones paced by a timer", () => {
    const tight = buildFlow({
      nodes: [
        START_ANY,
        node("a", "message", { text: "a" }),
        node("b", "jump", { target: { kind: "node", nodeId: "a" } }),
      ],
      edges: [edge("start", "next", "a"), edge("a", "next", "b")],
    });
    expect(codes(tight)).toEqual(["error:loop_without_wait@a"]);

    const paced = buildFlow({
      nodes: [
        START_ANY,
        node("a", "message", { text: "a" }),
        node("d", "delay", { amount: 1, unit: "hours" }),
      ],
      edges: [edge("start", "next", "a"), edge("a", "next", "d"), edge("d", "next", "a")],
    });
    expect(codes(paced)).toEqual(["warning:loop_without_customer@a"]);

    const timeout = buildFlow({
      nodes: [
        START_ANY,
        node("q", "question", { prompt: "?", variable: "x", timeoutMinutes: 5 }),
        node("m", "message", { text: "hello?" }),
      ],
      edges: [
        edge("start", "next", "q"),
        edge("q", "next", "m"),
        edge("q", "timeout", "m"),
        edge("m", "next", "q"),
      ],
    });
    expect(codes(timeout)).toEqual(["warning:loop_without_customer@q"]);

    const ok = buildFlow({
      nodes: [
        START_ANY,
        node("q", "question", { prompt: "?", variable: "x" }),
        node("m", "message", { text: "again" }),
      ],
      edges: [edge("start", "next", "q"), edge("q", "next", "m"), edge("m", "next", "q")],
    });
    expect(codes(ok)).toEqual([]);

    const self = buildFlow({
      nodes: [
        START_ANY,
        node("s", "set_variable", {
          assignments: [{ variable: "x", value: { kind: "literal", value: 1 } }],
        }),
      ],
      edges: [edge("start", "next", "s"), edge("s", "next", "s")],
    });
    expect(codes(self)).toEqual(["error:loop_without_wait@s"]);
  });

  it("warns about a message only reachable more than 24 hours after the customer wrote", () => {
    const late = buildFlow({
      nodes: [
        START_ANY,
        node("d1", "delay", { amount: 20, unit: "hours" }),
        node("m1", "message", { text: "20h later: fine" }),
        node("d2", "delay", { amount: 5, unit: "hours" }),
        node("m2", "message", { text: "25h later: refused" }),
        node("t", "template", {
          name: "reminder",
          language: "tr",
          buttons: [{ kind: "quick_reply", id: "yes", title: "Evet" }],
        }),
        node("m3", "message", { text: "after the customer replied: fine" }),
      ],
      edges: [
        edge("start", "next", "d1"),
        edge("d1", "next", "m1"),
        edge("m1", "next", "d2"),
        edge("d2", "next", "m2"),
        edge("m2", "next", "t"),
        edge("t", "yes", "m3"),
      ],
    });
    expect(codes(late)).toEqual(["warning:message_outside_window@m2"]);
    const shortcut = buildFlow({
      nodes: [...late.nodes],
      edges: [...late.edges, edge("start", "next", "m2")].filter(
        (e) => e.id !== "start:next->d1" || true,
      ),
    });
    expect(codes(shortcut).filter((c) => c.includes("window"))).toEqual([]);
  });

  it("checks sub-flows only when told which flows exist", () => {
    const flow = buildFlow({
      nodes: [START_ANY, node("j", "jump", { target: { kind: "flow", flowId: "faq" } })],
      edges: [edge("start", "next", "j")],
    });
    expect(codes(flow)).toEqual([]);
    expect(codes(flow, { flowExists: (id: string) => id === "orders" })).toEqual([
      "error:subflow_missing@j#target.flowId",
    ]);
  });

  it("checks settings", () => {
    const flow = buildFlow({
      nodes: [START_ANY, node("e", "end")],
      edges: [edge("start", "next", "e")],
      settings: {
        timeZone: "Nowhere/City",
        stopMessage: "x".repeat(4097),
        globalKeywords: { stop: ["", " "], restart: ["baştan", "?"] },
      },
    });
    expect(codes(flow)).toEqual([
      "error:invalid_time_zone@#settings.timeZone",
      "error:too_long@#settings.stopMessage",
      "warning:keyword_empty@#settings.globalKeywords.restart.1",
      "warning:keyword_empty@#settings.globalKeywords.stop.0",
      "warning:keyword_empty@#settings.globalKeywords.stop.1",
      "warning:no_stop_keyword@#settings.globalKeywords.stop",
    ]);
  });

  it("checks the window-closed fallback: a template of this flow, reachable through it", () => {
    const base = {
      nodes: [
        START_ANY,
        node("e", "end"),
        node("m", "message", { text: "Hi" }),
        node("t", "template", {
          name: "still_there",
          buttons: [{ kind: "quick_reply", id: "yes", title: "Yes" }],
        }),
      ],
      edges: [edge("start", "next", "m"), edge("m", "next", "e"), edge("t", "yes", "e")],
    };
    expect(codes(buildFlow({ ...base, settings: { windowClosedTemplateNodeId: "t" } }))).toEqual(
      [],
    );
    expect(codes(buildFlow(base))).toEqual(["warning:unreachable_node@t"]);
    expect(codes(buildFlow({ ...base, settings: { windowClosedTemplateNodeId: "gone" } }))).toEqual(
      [
        "warning:unreachable_node@t",
        "error:window_fallback_missing@#settings.windowClosedTemplateNodeId",
      ],
    );
    const noReplies = buildFlow({
      ...base,
      nodes: [...base.nodes.filter((n) => n.id !== "t"), node("t", "template", { name: "x" })],
      edges: base.edges.filter((e) => e.source !== "t"),
      settings: { windowClosedTemplateNodeId: "t" },
    });
    expect(codes(noReplies)).toEqual([
      "warning:window_fallback_no_replies@t#settings.windowClosedTemplateNodeId",
    ]);
    const notTemplate = validateFlow(
      buildFlow({ ...base, settings: { windowClosedTemplateNodeId: "m" } }),
    ).filter((p) => p.code === "window_fallback_not_template");
    expect(notTemplate).toEqual([
      expect.objectContaining({
        severity: "error",
        nodeId: "m",
        field: "settings.windowClosedTemplateNodeId",
        message: {
          en: expect.stringContaining("Only a template node"),
          tr: expect.stringContaining("yalnızca bir şablon düğümü"),
        },
      }),
    ]);
  });

  it("gives every problem a stable id, English and proper Turkish", () => {
    const flow = buildFlow({ nodes: [node("m", "message", { text: "" })] });
    const first = validateFlow(flow);
    expect(validateFlow(flow)).toEqual(first);
    expect(new Set(first.map((p) => p.id)).size).toBe(first.length);
    for (const p of first) {
      expect(p.message.en).not.toBe("");
      expect(p.message.tr).not.toBe(p.message.en);
    }
  });
});
