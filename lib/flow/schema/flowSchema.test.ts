import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode } from "../createEmptyFlow";
import { nodeTypes } from "../nodes/registry";
import { FLOW_VERSION } from "../version";
import { flowSchema } from "./flowSchema";

describe("flowSchema", () => {
  it("accepts the empty flow and fills settings defaults", () => {
    const flow = createEmptyFlow();
    expect(flow.version).toBe(FLOW_VERSION);
    expect(flow.nodes).toHaveLength(1);
    expect(flow.nodes[0]).toMatchObject({ type: "start", data: { trigger: { kind: "any" } } });
    expect(flow.settings.inactivityTimeoutMinutes).toBe(60);
    expect(flow.settings.globalKeywords.stop).toContain("stop");
    expect(flowSchema.parse(JSON.parse(JSON.stringify(flow)))).toEqual(flow);
  });

  it("strips React Flow's UI keys instead of rejecting them", () => {
    const parsed = flowSchema.parse({
      version: FLOW_VERSION,
      nodes: [
        {
          id: "a",
          type: "message",
          position: { x: 1, y: 2 },
          data: { text: "hi" },
          selected: true,
          dragging: false,
          measured: { width: 200, height: 80 },
          width: 200,
          height: 80,
        },
      ],
      edges: [
        { id: "e", source: "a", sourceHandle: "next", target: "a", selected: true, animated: true },
      ],
    });
    expect(parsed.nodes[0]).toEqual({
      id: "a",
      type: "message",
      position: { x: 1, y: 2 },
      data: { text: "hi", previewUrl: false },
    });
    expect(parsed.edges[0]).toEqual({ id: "e", source: "a", sourceHandle: "next", target: "a" });
  });

  it("rejects an unknown node type, naming the known ones", () => {
    const result = flowSchema.safeParse({
      version: FLOW_VERSION,
      nodes: [{ id: "a", type: "teleport", position: { x: 0, y: 0 }, data: {} }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("buttons");
    expect(result.error?.issues[0]?.path).toEqual(["nodes", 0, "type"]);
  });

  it("rejects an edge without a port", () => {
    const result = flowSchema.safeParse({
      version: FLOW_VERSION,
      nodes: [],
      edges: [{ id: "e", source: "a", target: "b" }],
    });
    expect(result.success).toBe(false);
  });

  it("creates a valid default node of every type", () => {
    for (const type of nodeTypes) {
      const node = createNode(type, `n-${type}`, { x: 0, y: 0 });
      expect(node.type).toBe(type);
      expect(flowSchema.safeParse({ version: FLOW_VERSION, nodes: [node] }).success).toBe(true);
    }
  });
});
