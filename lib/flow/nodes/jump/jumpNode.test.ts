import { describe, expect, it } from "vitest";
import type { Flow } from "../../schema/flowSchema";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

const subflow = buildFlow({
  nodes: [
    node("sub-start", "start", { trigger: { kind: "api" } }),
    node("sub-q", "question", {
      prompt: "Sipariş numaranız?",
      variable: "order_no",
      answer: { type: "text" },
    }),
    node("sub-end", "end", { message: "Kaydedildi: {{order_no}}" }),
  ],
  edges: [edge("sub-start", "next", "sub-q"), edge("sub-q", "next", "sub-end")],
});

function conversation(target: object, flows: Record<string, Flow> = { orders: subflow }) {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("hello", "message", { text: "Merhaba" }),
        node("j", "jump", { target }),
        node("again", "message", { text: "Tekrar: {{order_no}}" }),
        node("oops", "message", { text: "Hata" }),
      ],
      edges: [
        edge("start", "next", "hello"),
        edge("hello", "next", "j"),
        edge("j", "next", "again"),
        edge("j", "error", "oops"),
      ],
    }),
    { flows: (id) => flows[id] },
  );
}

describe("jump node", () => {
  it("jumps to another node without an edge", () => {
    const c = conversation({ kind: "node", nodeId: "again" });
    const result = c.say("hi");
    expect(said(result)).toEqual(["Merhaba", "Tekrar: "]);
    expect(result.trace).toContainEqual({
      type: "jump",
      flowId: "main",
      nodeId: "j",
      toFlowId: "main",
      toNodeId: "again",
    });
  });

  it("runs a sub-flow, shares variables, and comes back to next", () => {
    const c = conversation({ kind: "flow", flowId: "orders" });
    const first = c.say("hi");
    expect(said(first)).toEqual(["Merhaba", "Sipariş numaranız?"]);
    expect(c.session?.stack).toEqual([{ flowId: "main", nodeId: "j" }]);
    expect(c.session?.wait).toMatchObject({ flowId: "orders", nodeId: "sub-q" });
    const back = c.say("A-1001");
    expect(said(back)).toEqual(["Kaydedildi: A-1001", "Tekrar: A-1001"]);
    expect(back.trace).toContainEqual({
      type: "subflow_returned",
      fromFlowId: "orders",
      toFlowId: "main",
      toNodeId: "j",
    });
    expect(c.session).toMatchObject({ status: "ended", stack: [] });
  });

  it("takes error when the sub-flow or its start does not exist", () => {
    const missing = conversation({ kind: "flow", flowId: "nope" });
    const result = missing.say("hi");
    expect(said(result)).toEqual(["Merhaba", "Hata"]);
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "error", code: "subflow_missing" }),
    );
    expect(
      said(conversation({ kind: "flow", flowId: "orders", startNodeId: "zzz" }).say("hi")),
    ).toEqual(["Merhaba", "Hata"]);
  });

  it("stops a flow that calls itself forever", () => {
    const self: Record<string, Flow> = {};
    self.loop = buildFlow({
      nodes: [
        node("s", "start", { trigger: { kind: "api" } }),
        node("j", "jump", { target: { kind: "flow", flowId: "loop" } }),
      ],
      edges: [edge("s", "next", "j")],
    });
    const c = conversation({ kind: "flow", flowId: "loop" }, self);
    const result = c.say("hi");
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "error", code: "subflow_too_deep" }),
    );
    expect(c.session?.status).toBe("ended");
  });

  it("validates the target", () => {
    expect(issuesOf("jump", { target: { kind: "node", nodeId: "other" } })).toEqual([]);
    expect(issuesOf("jump", { target: { kind: "node", nodeId: "" } })).toEqual([
      "required@target.nodeId",
    ]);
    expect(issuesOf("jump", { target: { kind: "node", nodeId: "n" } })).toEqual([
      "jump_to_self@target.nodeId",
    ]);
    expect(issuesOf("jump", { target: { kind: "node", nodeId: "ghost" } })).toEqual([
      "jump_target_missing@target.nodeId",
    ]);
    expect(issuesOf("jump", { target: { kind: "flow", flowId: "" } })).toEqual([
      "required@target.flowId",
    ]);
    expect(
      issuesOf("jump", { target: { kind: "flow", flowId: "x" } }, { flowExists: () => false }),
    ).toEqual(["subflow_missing@target.flowId"]);
    expect(issuesOf("jump", { target: { kind: "flow", flowId: "x" } })).toEqual([]);
  });
});
