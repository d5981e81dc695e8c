import type { FlowIndex } from "./flowIndex";
import { successors } from "./successors";

/** Every existing node reachable from `startIds` (included), following edges and jumps. */
export function reachableFrom(index: FlowIndex, startIds: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  for (const id of startIds) {
    if (index.nodeById.has(id) && !seen.has(id)) {
      seen.add(id);
      queue.push(id);
    }
  }
  for (let i = 0; i < queue.length; i += 1) {
    for (const next of successors(index, queue[i] ?? "")) {
      if (index.nodeById.has(next.nodeId) && !seen.has(next.nodeId)) {
        seen.add(next.nodeId);
        queue.push(next.nodeId);
      }
    }
  }
  return seen;
}
