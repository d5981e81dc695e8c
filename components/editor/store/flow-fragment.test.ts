import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode, flowSchema } from "@/lib/flow";
import { addNode, pasteElements } from "./document-actions";
import { copyFragment, fragmentOrigin, instantiateFragment, parseFragment } from "./flow-fragment";

function sample() {
  let flow = addNode(createEmptyFlow(), createNode("message", "m1", { x: 300, y: 100 }));
  flow = addNode(flow, createNode("end", "end1", { x: 600, y: 150 }));
  return {
    ...flow,
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "m1" },
      { id: "e2", source: "m1", sourceHandle: "next", target: "end1" },
    ],
  };
}

describe("flow fragments (copy/paste)", () => {
  it("copies the selected nodes and only the edges between them", () => {
    const fragment = copyFragment(sample(), new Set(["m1", "end1"]));
    expect(fragment?.nodes.map((n) => n.id)).toEqual(["m1", "end1"]);
    expect(fragment?.edges.map((e) => e.id)).toEqual(["e2"]);
    expect(copyFragment(sample(), new Set())).toBeNull();
  });

  it("round-trips through clipboard text and rejects anything else", () => {
    const fragment = copyFragment(sample(), new Set(["m1"]));
    expect(parseFragment(JSON.stringify(fragment))).toEqual(fragment);
    expect(parseFragment("hello")).toBeNull();
    expect(parseFragment(JSON.stringify({ kind: "other", nodes: [] }))).toBeNull();
    expect(
      parseFragment(
        JSON.stringify({
          ...fragment,
          nodes: [{ id: "x", type: "rocket", position: {}, data: {} }],
        }),
      ),
    ).toBeNull();
  });

  it("pastes with fresh ids and an offset, into another flow too", () => {
    const fragment = copyFragment(sample(), new Set(["m1", "end1"]));
    if (fragment === null) throw new Error("no fragment");
    expect(fragmentOrigin(fragment)).toEqual({ x: 300, y: 100 });
    let n = 0;
    const { nodes, edges } = instantiateFragment(fragment, {
      newNodeId: (node) => `${node.type}-copy-${++n}`,
      newEdgeId: () => `edge-${++n}`,
      offset: { x: 40, y: 40 },
    });
    expect(nodes.map((node) => [node.id, node.position])).toEqual([
      ["message-copy-1", { x: 340, y: 140 }],
      ["end-copy-2", { x: 640, y: 190 }],
    ]);
    expect(edges).toEqual([
      { id: "edge-3", source: "message-copy-1", sourceHandle: "next", target: "end-copy-2" },
    ]);
    const other = pasteElements(createEmptyFlow(), nodes, edges);
    expect(flowSchema.safeParse(other).success).toBe(true);
  });
});
