import type { Problem } from "@/lib/flow";

const NONE: readonly Problem[] = [];

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i];
      return q !== undefined && p.id === q.id && p.message.en === q.message.en;
    })
  );
}

/**
 * Problems per node, kept outside React state so that re-validating a 1,000-node flow re-renders only
 * the cards whose problems changed: each card subscribes to its own slice, and an unchanged slice
 * keeps its array identity.
 */
export class NodeProblemsStore {
  private byNode = new Map<string, readonly Problem[]>();
  private listeners = new Set<() => void>();

  set(problems: readonly Problem[]): void {
    const grouped = new Map<string, Problem[]>();
    for (const problem of problems) {
      if (problem.nodeId === undefined) continue;
      const list = grouped.get(problem.nodeId);
      if (list) list.push(problem);
      else grouped.set(problem.nodeId, [problem]);
    }
    let changed = grouped.size !== this.byNode.size;
    const next = new Map<string, readonly Problem[]>();
    for (const [nodeId, list] of grouped) {
      const previous = this.byNode.get(nodeId);
      if (previous && sameProblems(previous, list)) next.set(nodeId, previous);
      else {
        next.set(nodeId, list);
        changed = true;
      }
    }
    this.byNode = next;
    if (changed) for (const listener of this.listeners) listener();
  }

  get(nodeId: string): readonly Problem[] {
    return this.byNode.get(nodeId) ?? NONE;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}
