import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode, validateFlow, type Flow } from "@/lib/flow";
import {
  addNode,
  connect,
  deleteElements,
  moveNodes,
  nudgeNodes,
  pasteElements,
  updateNodeData,
} from "./document-actions";

function sample(): Flow {
  let flow = createEmptyFlow();
  flow = addNode(flow, createNode("buttons", "ask", { x: 300, y: 200 }));
  flow = addNode(flow, createNode("message", "thanks", { x: 600, y: 200 }));
  return flow;
}

describe("document actions", () => {
  it("adds a node without touching the others", () => {
    const before = createEmptyFlow();
    const after = addNode(before, createNode("message", "m1", { x: 10, y: 20 }));
    expect(after.nodes.map((n) => n.id)).toEqual(["start", "m1"]);
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(before.nodes).toHaveLength(1);
  });

  it("moves only the given nodes and returns the same flow when nothing moves", () => {
    const flow = sample();
    const moved = moveNodes(flow, new Map([["ask", { x: 1, y: 2 }]]));
    expect(moved.nodes.find((n) => n.id === "ask")?.position).toEqual({ x: 1, y: 2 });
    expect(moved.nodes[0]).toBe(flow.nodes[0]);
    expect(moveNodes(flow, new Map([["ask", { x: 300, y: 200 }]]))).toBe(flow);
    const nudged = nudgeNodes(flow, new Set(["ask", "thanks"]), 10, -10);
    expect(nudged.nodes.map((n) => n.position)).toEqual([
      { x: 80, y: 200 },
      { x: 310, y: 190 },
      { x: 610, y: 190 },
    ]);
  });

  it("connects a free port and refuses what lib/flow refuses, with the reason", () => {
    const flow = sample();
    const first = connect(flow, { id: "e1", source: "start", sourceHandle: "next", target: "ask" });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const again = connect(first.flow, {
      id: "e2",
      source: "start",
      sourceHandle: "next",
      target: "thanks",
    });
    expect(again).toMatchObject({ ok: false, refusal: { code: "port_connected" } });
    const intoStart = connect(first.flow, {
      id: "e3",
      source: "thanks",
      sourceHandle: "next",
      target: "start",
    });
    expect(intoStart).toMatchObject({ ok: false, refusal: { code: "into_start" } });
  });

  it("deletes nodes with their edges, and single edges", () => {
    const result = connect(sample(), {
      id: "e1",
      source: "start",
      sourceHandle: "next",
      target: "ask",
    });
    if (!result.ok) throw new Error("connect failed");
    const flow = result.flow;
    expect(deleteElements(flow, new Set(["ask"]), new Set()).edges).toEqual([]);
    expect(deleteElements(flow, new Set(), new Set(["e1"])).nodes).toHaveLength(3);
    expect(deleteElements(flow, new Set(), new Set(["e1"])).edges).toEqual([]);
    expect(deleteElements(flow, new Set(["nope"]), new Set())).toBe(flow);
  });

  it("pastes nodes and edges at the end", () => {
    const flow = sample();
    const pasted = pasteElements(
      flow,
      [createNode("end", "end2", { x: 0, y: 0 })],
      [{ id: "e9", source: "thanks", sourceHandle: "next", target: "end2" }],
    );
    expect(pasted.nodes.at(-1)?.id).toBe("end2");
    expect(pasted.edges).toHaveLength(1);
    expect(pasteElements(flow, [], [])).toBe(flow);
  });

  it("replaces node data after checking its shape, and drops edges of removed ports", () => {
    let flow = sample();
    const ask = flow.nodes.find((n) => n.id === "ask");
    if (ask?.type !== "buttons") throw new Error("expected buttons");
    flow = updateNodeData(flow, "ask", {
      ...ask.data,
      buttons: [
        { id: "yes", title: "Yes" },
        { id: "no", title: "No" },
      ],
    });
    const withEdges = connect(flow, {
      id: "e1",
      source: "ask",
      sourceHandle: "no",
      target: "thanks",
    });
    if (!withEdges.ok) throw new Error("connect failed");
    const oneButton = updateNodeData(withEdges.flow, "ask", {
      ...ask.data,
      buttons: [{ id: "yes", title: "Yes" }],
    });
    expect(oneButton.edges).toEqual([]);
    expect(updateNodeData(flow, "ask", { buttons: "not a list" })).toBe(flow);
    expect(updateNodeData(flow, "missing", {})).toBe(flow);
    expect(validateFlow(flow).some((p) => p.code === "port_unconnected")).toBe(true);
  });
});
