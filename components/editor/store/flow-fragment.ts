import { z } from "zod";
import {
  FLOW_VERSION,
  flowEdgeSchema,
  flowNodeSchema,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type Position,
} from "@/lib/flow";

/** What Copy puts on the clipboard: selected nodes and the edges between them, as JSON text. */
export const FLOW_FRAGMENT_KIND = "sohbet/flow-fragment";

export const flowFragmentSchema = z.object({
  kind: z.literal(FLOW_FRAGMENT_KIND),
  version: z.literal(FLOW_VERSION),
  nodes: z.array(flowNodeSchema).min(1).max(5000),
  edges: z.array(flowEdgeSchema).max(10000),
});
export type FlowFragment = z.infer<typeof flowFragmentSchema>;

export function copyFragment(flow: Flow, nodeIds: ReadonlySet<string>): FlowFragment | null {
  const nodes = flow.nodes.filter((node) => nodeIds.has(node.id));
  if (nodes.length === 0) return null;
  const edges = flow.edges.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  return { kind: FLOW_FRAGMENT_KIND, version: FLOW_VERSION, nodes, edges };
}

/** Clipboard text from anywhere (another flow, another tab, another app): null unless it is ours. */
export function parseFragment(text: string): FlowFragment | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = flowFragmentSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Gives pasted nodes and edges fresh ids (so a fragment can be pasted many times, into any flow)
 * and shifts them by `offset`. Edges whose ends are not both in the fragment are dropped.
 */
export function instantiateFragment(
  fragment: FlowFragment,
  options: { newNodeId: (node: FlowNode) => string; newEdgeId: () => string; offset: Position },
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const ids = new Map<string, string>();
  const nodes = fragment.nodes.map((node) => {
    const id = options.newNodeId(node);
    ids.set(node.id, id);
    return {
      ...node,
      id,
      position: { x: node.position.x + options.offset.x, y: node.position.y + options.offset.y },
    };
  });
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ ...edge, id: options.newEdgeId(), source, target });
  }
  return { nodes, edges };
}

/** Top-left corner of the fragment's nodes, to paste it where the user is looking. */
export function fragmentOrigin(fragment: FlowFragment): Position {
  let x = Infinity;
  let y = Infinity;
  for (const node of fragment.nodes) {
    x = Math.min(x, node.position.x);
    y = Math.min(y, node.position.y);
  }
  return { x, y };
}
