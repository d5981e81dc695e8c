import { describe, expect, it } from "vitest";
import { flowSchema } from "../schema/flowSchema";
import { FLOW_VERSION } from "../version";
import { indexFlow } from "./flowIndex";
import { outgoingEdge } from "./outgoingEdge";
import { reachableFrom } from "./reachableFrom";
import { shortestDistances } from "./shortestDistances";
import { startNodes } from "./startNodes";
import { cyclicComponents } from "./stronglyConnectedComponents";
import { successors } from "./successors";

const node = (id: string, type: string, data: object) => ({
  id,
  type,
  position: { x: 0, y: 0 },
  data,
});
const edge = (source: string, sourceHandle: string, target: string) => ({
  id: `${source}-${sourceHandle}-${target}`,
  source,
  sourceHandle,
  target,
});

const flow = flowSchema.parse({
  version: FLOW_VERSION,
  nodes: [
    node("s", "start", { trigger: { kind: "any" } }),
    node("m", "message", { text: "hi" }),
    node("j", "jump", { target: { kind: "node", nodeId: "m2" } }),
    node("m2", "message", { text: "again" }),
    node("lonely", "message", { text: "never" }),
  ],
  edges: [edge("s", "next", "m"), edge("m", "next", "j"), edge("m", "next", "lonely")],
});

describe("graph helpers", () => {
  const index = indexFlow(flow);

  it("caches the index per document", () => {
    expect(indexFlow(flow)).toBe(index);
  });

  it("finds the first edge of a port", () => {
    expect(outgoingEdge(index, "m", "next")?.target).toBe("j");
    expect(outgoingEdge(index, "m", "invalid")).toBeUndefined();
  });

  it("includes jump targets among successors", () => {
    expect(successors(index, "j")).toEqual([{ nodeId: "m2" }]);
    expect(successors(index, "m").map((s) => s.nodeId)).toEqual(["j", "lonely"]);
  });

  it("walks reachability from starts", () => {
    expect(startNodes(flow).map((s) => s.id)).toEqual(["s"]);
    expect([...reachableFrom(index, ["s"])].sort()).toEqual(["j", "lonely", "m", "m2", "s"]);
    expect([...reachableFrom(index, ["m2", "missing"])]).toEqual(["m2"]);
  });

  it("finds cyclic components, including self-loops, without recursion limits", () => {
    const graph: Record<string, string[]> = {
      a: ["b"],
      b: ["c"],
      c: ["a", "d"],
      d: ["d"],
      e: ["a"],
    };
    const components = cyclicComponents(Object.keys(graph), (id) => graph[id] ?? []);
    expect(components.map((c) => [...c].sort().join(",")).sort()).toEqual(["a,b,c", "d"]);
    const chain = Array.from({ length: 50_000 }, (_, i) => `n${i}`);
    expect(
      cyclicComponents(chain, (id) =>
        [`n${Number(id.slice(1)) + 1}`].filter((n) => n !== "n50000"),
      ),
    ).toEqual([]);
  });

  it("computes shortest distances with resets", () => {
    const edges: Record<string, { id: string; cost: number; reset?: boolean }[]> = {
      s: [
        { id: "a", cost: 5 },
        { id: "b", cost: 1 },
      ],
      b: [
        { id: "a", cost: 1 },
        { id: "w", cost: 100 },
      ],
      w: [{ id: "c", cost: 0, reset: true }],
    };
    const distances = shortestDistances(["s"], (id, d) =>
      (edges[id] ?? []).map((e) => ({ id: e.id, distance: e.reset === true ? 0 : d + e.cost })),
    );
    expect(Object.fromEntries(distances)).toEqual({ s: 0, a: 2, b: 1, w: 101, c: 0 });
  });
});
