import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode, type Flow } from "@/lib/flow";
import { interpolatePositions, layoutFlow } from "./auto-layout";

function branching(): Flow {
  const flow = createEmptyFlow();
  const ask = createNode("buttons", "ask", { x: 0, y: 0 });
  const withTwo =
    ask.type === "buttons"
      ? {
          ...ask,
          data: {
            ...ask.data,
            buttons: [
              { id: "yes", title: "Yes" },
              { id: "no", title: "No" },
            ],
          },
        }
      : ask;
  return {
    ...flow,
    nodes: [
      ...flow.nodes,
      withTwo,
      createNode("message", "yes-msg", { x: 0, y: 0 }),
      createNode("message", "no-msg", { x: 0, y: 0 }),
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "ask" },
      { id: "e2", source: "ask", sourceHandle: "yes", target: "yes-msg" },
      { id: "e3", source: "ask", sourceHandle: "no", target: "no-msg" },
    ],
  };
}

describe("layoutFlow", () => {
  it("lays out left to right in port order without overlaps", async () => {
    const positions = await layoutFlow(branching(), new Map());
    const at = (id: string) => positions.get(id) ?? { x: NaN, y: NaN };
    expect(positions.size).toBe(4);
    expect(at("start").x).toBeLessThan(at("ask").x);
    expect(at("ask").x).toBeLessThan(at("yes-msg").x);
    expect(at("yes-msg").x).toBe(at("no-msg").x);
    // Button "Yes" is above "No" on the card, so its branch is above too.
    expect(at("yes-msg").y + 120).toBeLessThanOrEqual(at("no-msg").y);
  });

  it("interpolates positions with easing and ends exactly on target", () => {
    const from = new Map([["a", { x: 0, y: 0 }]]);
    const to = new Map([["a", { x: 100, y: -100 }]]);
    expect(interpolatePositions(from, to, 0).get("a")).toEqual({ x: 0, y: 0 });
    expect(interpolatePositions(from, to, 1).get("a")).toEqual({ x: 100, y: -100 });
    const mid = interpolatePositions(from, to, 0.5).get("a");
    expect(mid?.x).toBeGreaterThan(50);
  });
});
