import { jumpTargets } from "../nodes/dispatch";
import type { FlowIndex } from "./flowIndex";

export interface Successor {
  nodeId: string;
  /** Absent for a jump-to-node, which has no edge. */
  edgeId?: string;
  port?: string;
}

/** Where the flow can go next from `nodeId`: along its edges, and to a jump node's target. */
export function successors(index: FlowIndex, nodeId: string): Successor[] {
  const result: Successor[] = (index.edgesFrom.get(nodeId) ?? []).map((e) => ({
    nodeId: e.target,
    edgeId: e.id,
    port: e.sourceHandle,
  }));
  const node = index.nodeById.get(nodeId);
  if (node !== undefined) for (const target of jumpTargets(node)) result.push({ nodeId: target });
  return result;
}
