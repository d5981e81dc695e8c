import type { StartNode } from "../nodes/start/startSchema";
import type { Flow, FlowNode } from "../schema/flowSchema";

function isStart(node: FlowNode): node is StartNode {
  return node.type === "start";
}

export function startNodes(flow: Flow): StartNode[] {
  return flow.nodes.filter(isStart);
}
