/**
 * Dijkstra where `expand` computes each neighbour's distance from the current one. It stays correct
 * as long as a longer distance never yields a shorter neighbour distance (adding a delay or
 * resetting to 0 both qualify). Used for "how long can it have been since the customer last
 * wrote". Flows have hundreds of nodes, so a linear scan for the next node is plenty.
 */
export function shortestDistances(
  sources: Iterable<string>,
  expand: (id: string, distance: number) => Iterable<{ id: string; distance: number }>,
): Map<string, number> {
  const best = new Map<string, number>();
  const done = new Set<string>();
  for (const id of sources) best.set(id, 0);
  for (;;) {
    let current: string | undefined;
    let currentDistance = Infinity;
    for (const [id, distance] of best) {
      if (!done.has(id) && distance < currentDistance) {
        current = id;
        currentDistance = distance;
      }
    }
    if (current === undefined) return best;
    done.add(current);
    for (const next of expand(current, currentDistance)) {
      if (next.distance < (best.get(next.id) ?? Infinity)) best.set(next.id, next.distance);
    }
  }
}
