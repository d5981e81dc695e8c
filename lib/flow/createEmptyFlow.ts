import { flowNodeSchema, flowSchema, type Flow, type FlowNode } from "./schema/flowSchema";
import { nodeRegistry, type NodeType } from "./nodes/registry";
import type { Position } from "./schema/positionSchema";
import { FLOW_VERSION } from "./version";

/** A node of `type` with its default data, as the canvas palette drops it. */
export function createNode(type: NodeType, id: string, position: Position): FlowNode {
  return flowNodeSchema.parse({ id, type, position, data: nodeRegistry[type].meta.defaultData() });
}
/** The document behind "New flow": one start node that answers any message. */
export function createEmptyFlow(): Flow {
  return flowSchema.parse({
    version: FLOW_VERSION,
    nodes: [createNode("start", "start", { x: 80, y: 200 })],
    edges: [],
    variables: [],
  });
}
