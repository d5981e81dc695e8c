import type { FlowEdge } from "../schema/flowEdgeSchema";
import type { FlowIndex } from "./flowIndex";

/** The edge leaving `nodeId` through `port`, if the port is connected. */
export function outgoingEdge(index: FlowIndex, nodeId: string, port: string): FlowEdge | undefined {
  return index.edgeByPort.get(nodeId)?.get(port);
}
