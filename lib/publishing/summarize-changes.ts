import { isDeepStrictEqual } from "node:util";
import type { Flow, FlowNode } from "@/lib/flow";

export interface NodeRef {
  id: string;
  type: FlowNode["type"];
}

/** What changed between two versions, for the versions list. Positions are layout, not content. */
export interface ChangeSummary {
  /** True for the first version: everything is new. */
  initial: boolean;
  added: NodeRef[];
  removed: NodeRef[];
  edited: NodeRef[];
  connectionsAdded: number;
  connectionsRemoved: number;
  /** Flow-level variables or settings (global keywords, fallbacks, …). */
  settingsChanged: boolean;
}

const ref = (node: FlowNode): NodeRef => ({ id: node.id, type: node.type });

function edgeKey(edge: Flow["edges"][number]): string {
  return JSON.stringify([edge.source, edge.sourceHandle, edge.target]);
}

export function summarizeChanges(before: Flow | null, after: Flow): ChangeSummary {
  const previous = new Map((before?.nodes ?? []).map((node) => [node.id, node]));
  const current = new Map(after.nodes.map((node) => [node.id, node]));
  const added = after.nodes.filter((node) => !previous.has(node.id)).map(ref);
  const removed = (before?.nodes ?? []).filter((node) => !current.has(node.id)).map(ref);
  const edited = after.nodes
    .filter((node) => {
      const old = previous.get(node.id);
      return (
        old !== undefined && (old.type !== node.type || !isDeepStrictEqual(old.data, node.data))
      );
    })
    .map(ref);
  const oldEdges = new Set((before?.edges ?? []).map(edgeKey));
  const newEdges = new Set(after.edges.map(edgeKey));
  return {
    initial: before === null,
    added,
    removed,
    edited,
    connectionsAdded: [...newEdges].filter((key) => !oldEdges.has(key)).length,
    connectionsRemoved: [...oldEdges].filter((key) => !newEdges.has(key)).length,
    settingsChanged:
      before !== null &&
      (!isDeepStrictEqual(before.variables, after.variables) ||
        !isDeepStrictEqual(before.settings, after.settings)),
  };
}

export function hasChanges(summary: ChangeSummary): boolean {
  return (
    summary.added.length +
      summary.removed.length +
      summary.edited.length +
      summary.connectionsAdded +
      summary.connectionsRemoved >
      0 || summary.settingsChanged
  );
}
