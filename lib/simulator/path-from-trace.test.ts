import { describe, expect, it } from "vitest";
import type { TraceEntry } from "@/lib/flow";
import { pathFromTrace } from "./path-from-trace";

const entered = (nodeId: string, flowId = "main"): TraceEntry => ({
  type: "node_entered",
  flowId,
  nodeId,
  nodeType: "message",
  step: 1,
});
const edge = (edgeId: string, flowId = "main"): TraceEntry => ({
  type: "edge_taken",
  flowId,
  edgeId,
  source: "a",
  sourceHandle: "next",
  target: "b",
});
const started: TraceEntry = {
  type: "session_started",
  sessionId: "s",
  flowId: "main",
  startNodeId: "start",
  via: "trigger",
};

describe("pathFromTrace", () => {
  it("collects this flow's nodes and edges of the current session only", () => {
    const trace: TraceEntry[] = [
      started,
      entered("old"),
      started,
      entered("start"),
      edge("e1"),
      entered("ask"),
      entered("sub-node", "other-flow"),
      edge("sub-edge", "other-flow"),
      entered("ask"),
    ];
    expect(pathFromTrace(trace, "main")).toEqual({
      nodeIds: ["start", "ask"],
      edgeIds: ["e1"],
    });
  });

  it("is empty without a trace", () => {
    expect(pathFromTrace([], "main")).toEqual({ nodeIds: [], edgeIds: [] });
  });
});
