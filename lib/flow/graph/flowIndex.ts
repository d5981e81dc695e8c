import type { FlowEdge } from "../schema/flowEdgeSchema";
import type { Flow, FlowNode } from "../schema/flowSchema";

/** Lookup tables over one flow document; built once per document object and cached. */
export interface FlowIndex {
  readonly flow: Flow;
  readonly nodeById: ReadonlyMap<string, FlowNode>;
  /** source node → port → the first edge leaving that port (validation reports any extra). */
  readonly edgeByPort: ReadonlyMap<string, ReadonlyMap<string, FlowEdge>>;
  readonly edgesFrom: ReadonlyMap<string, readonly FlowEdge[]>;
  readonly edgesTo: ReadonlyMap<string, readonly FlowEdge[]>;
}

// Flow documents are treated as immutable values (the editor replaces, never mutates), so caching by
// identity is safe and keeps indexing off the engine's hot path.
const cache = new WeakMap<Flow, FlowIndex>();

export function indexFlow(flow: Flow): FlowIndex {
  const cached = cache.get(flow);
  if (cached !== undefined) return cached;
  const nodeById = new Map<string, FlowNode>();
  for (const node of flow.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
  const edgeByPort = new Map<string, Map<string, FlowEdge>>();
  const edgesFrom = new Map<string, FlowEdge[]>();
  const edgesTo = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges) {
    let ports = edgeByPort.get(edge.source);
    if (ports === undefined) {
      ports = new Map();
      edgeByPort.set(edge.source, ports);
    }
    if (!ports.has(edge.sourceHandle)) ports.set(edge.sourceHandle, edge);
    push(edgesFrom, edge.source, edge);
    push(edgesTo, edge.target, edge);
  }
  const index: FlowIndex = { flow, nodeById, edgeByPort, edgesFrom, edgesTo };
  cache.set(flow, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
