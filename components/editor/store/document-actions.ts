import {
  connectionRefusal,
  flowNodeSchema,
  reconcilePortEdges,
  type ConnectionRefusal,
  type Flow,
  type FlowEdge,
  type FlowNode,
  type Position,
} from "@/lib/flow";

/*
 * Every change to the flow document is one of these pure functions of (flow, arguments) → flow.
 * They never mutate their input and keep the identity of every node and edge they do not touch,
 * so the canvas re-renders only what changed and history snapshots share structure.
 */

export function addNode(flow: Flow, node: FlowNode): Flow {
  return { ...flow, nodes: [...flow.nodes, node] };
}

/** Moves nodes to new positions; unknown ids are ignored, unmoved nodes keep their identity. */
export function moveNodes(flow: Flow, positions: ReadonlyMap<string, Position>): Flow {
  let changed = false;
  const nodes = flow.nodes.map((node) => {
    const to = positions.get(node.id);
    if (to === undefined || (to.x === node.position.x && to.y === node.position.y)) return node;
    changed = true;
    return { ...node, position: { x: to.x, y: to.y } };
  });
  return changed ? { ...flow, nodes } : flow;
}

/** Moves nodes by an offset (keyboard nudge). */
export function nudgeNodes(flow: Flow, ids: ReadonlySet<string>, dx: number, dy: number): Flow {
  const positions = new Map<string, Position>();
  for (const node of flow.nodes) {
    if (ids.has(node.id))
      positions.set(node.id, { x: node.position.x + dx, y: node.position.y + dy });
  }
  return moveNodes(flow, positions);
}

export type ConnectResult = { ok: true; flow: Flow } | { ok: false; refusal: ConnectionRefusal };

/** Adds an edge from an output port to a node, or says why lib/flow refuses it. */
export function connect(flow: Flow, edge: FlowEdge): ConnectResult {
  const refusal = connectionRefusal(flow, edge);
  if (refusal !== null) return { ok: false, refusal };
  return { ok: true, flow: { ...flow, edges: [...flow.edges, edge] } };
}

/** Deletes nodes (with every edge touching them) and edges. */
export function deleteElements(
  flow: Flow,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): Flow {
  if (nodeIds.size === 0 && edgeIds.size === 0) return flow;
  const nodes = flow.nodes.filter((node) => !nodeIds.has(node.id));
  const edges = flow.edges.filter(
    (edge) => !edgeIds.has(edge.id) && !nodeIds.has(edge.source) && !nodeIds.has(edge.target),
  );
  if (nodes.length === flow.nodes.length && edges.length === flow.edges.length) return flow;
  return { ...flow, nodes, edges };
}

/** Appends already re-identified nodes and edges (see instantiateFragment). */
export function pasteElements(flow: Flow, nodes: FlowNode[], edges: FlowEdge[]): Flow {
  if (nodes.length === 0 && edges.length === 0) return flow;
  return { ...flow, nodes: [...flow.nodes, ...nodes], edges: [...flow.edges, ...edges] };
}

/**
 * Replaces a node's data with `data` (the inspector hands over the complete new data). The result
 * is parsed with the node schema so the document stays well-formed; data of the wrong shape
 * leaves the flow unchanged.
 */
export function updateNodeData(flow: Flow, nodeId: string, data: unknown): Flow {
  const index = flow.nodes.findIndex((node) => node.id === nodeId);
  const current = flow.nodes[index];
  if (current === undefined) return flow;
  const parsed = flowNodeSchema.safeParse({ ...current, data });
  if (!parsed.success || parsed.data.type !== current.type) return flow;
  const nodes = flow.nodes.slice();
  nodes[index] = parsed.data;
  // In the same step, edges follow a port whose id changed and go with a port that is gone, so
  // no edge is left leaving from an output the card no longer draws.
  const edges = reconcilePortEdges(flow.edges, current, parsed.data);
  return { ...flow, nodes, edges };
}
