import type { TraceEntry } from "@/lib/flow";

export interface TakenPath {
  /** Nodes entered in the current session, in first-visit order. */
  nodeIds: string[];
  /** Edges followed in the current session. */
  edgeIds: string[];
}

/**
 * The path the current session took through `flowId` (the flow on the canvas), from the trace:
 * everything since the last `session_started`. Steps inside sub-flows are left out — their nodes
 * are not on this canvas.
 */
export function pathFromTrace(trace: readonly TraceEntry[], flowId: string): TakenPath {
  let start = 0;
  trace.forEach((entry, i) => {
    if (entry.type === "session_started") start = i;
  });
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const entry of trace.slice(start)) {
    if (entry.type === "node_entered" && entry.flowId === flowId) nodes.add(entry.nodeId);
    if (entry.type === "edge_taken" && entry.flowId === flowId) edges.add(entry.edgeId);
  }
  return { nodeIds: [...nodes], edgeIds: [...edges] };
}
