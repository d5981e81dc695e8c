import { outputPorts } from "../nodes/dispatch";
import type { FlowEdge } from "../schema/flowEdgeSchema";
import type { FlowNode } from "../schema/flowSchema";

/**
 * The old port id → new port id of ports whose id was edited in place: the node has as many ports
 * as before and, at the same place, an id it did not have before stands where an id it no longer
 * has stood (a button, list row, branch or quick reply whose id the marketer retyped). Reordered
 * items keep their ids and need no entry. A new id that another port already had is no rename:
 * the edge could not tell the two ports apart, so it is left out and dropped.
 */
function renamedPorts(before: readonly string[], after: readonly string[]): Map<string, string> {
  const renames = new Map<string, string>();
  if (before.length !== after.length) return renames;
  const had = new Set(before);
  const has = new Set(after);
  before.forEach((from, i) => {
    const to = after[i];
    if (to === undefined || to === "" || to === from) return;
    if (!has.has(from) && !had.has(to)) renames.set(from, to);
  });
  return renames;
}

/**
 * The edges after node `before` was replaced by `after` (same id, new data), so that no edge
 * leaves from a port the node no longer has: an edge follows its port to the port's new id, and
 * the edge of a port that is gone (a deleted button, a question without a time-out, a jump that
 * no longer calls a flow) is dropped. Returns `edges` itself when nothing had to change.
 */
export function reconcilePortEdges(
  edges: FlowEdge[],
  before: FlowNode,
  after: FlowNode,
): FlowEdge[] {
  const oldIds = outputPorts(before).map((port) => port.id);
  const newIds = outputPorts(after).map((port) => port.id);
  const present = new Set(newIds);
  const renames = renamedPorts(oldIds, newIds);
  let changed = false;
  const next: FlowEdge[] = [];
  for (const edge of edges) {
    if (edge.source !== after.id || present.has(edge.sourceHandle)) {
      next.push(edge);
      continue;
    }
    changed = true;
    const to = renames.get(edge.sourceHandle);
    if (to !== undefined) next.push({ ...edge, sourceHandle: to });
  }
  return changed ? next : edges;
}
