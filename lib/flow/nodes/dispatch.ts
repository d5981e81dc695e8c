import type { InboundMessage } from "../io";
import type { EffectResult } from "../engine/engineInput";
import type { FlowNode } from "../schema/flowSchema";
import type {
  NodeIssue,
  NodeRuntime,
  NodeTraits,
  PortSpec,
  PortTiming,
  Step,
  ValidationContext,
  VariableVisitor,
} from "./nodeDefinition";
import { nodeRegistry, type NodeDataOf, type NodeOf, type NodeType } from "./registry";

/*
 * Type-safe dispatch from a FlowNode to its definition. Each pair of functions is the same trick:
 * the generic inner function indexes the mapped-type registry with `K`, which TypeScript keeps
 * correlated with `NodeOf<K>`; the outer one passes `node.type` and `node` together.
 */

const NO_TIMING: PortTiming = { resetsWindow: false, delayMs: 0 };

function portsOf<K extends NodeType>(type: K, data: NodeDataOf<K>): PortSpec[] {
  return nodeRegistry[type].ports(data);
}
/** The node's output ports, in display order. */
export function outputPorts(node: FlowNode): PortSpec[] {
  return portsOf(node.type, node.data);
}

/** The label of one of the node's ports, or the raw id when the port no longer exists. */
export function portLabel(node: FlowNode, portId: string): { en: string; tr: string } {
  return outputPorts(node).find((p) => p.id === portId)?.label ?? { en: portId, tr: portId };
}

function traitsOf<K extends NodeType>(type: K, data: NodeDataOf<K>): NodeTraits {
  return nodeRegistry[type].traits(data);
}
export function nodeTraits(node: FlowNode): NodeTraits {
  return traitsOf(node.type, node.data);
}

function timingOf<K extends NodeType>(type: K, data: NodeDataOf<K>, port: string): PortTiming {
  return nodeRegistry[type].portTiming?.(data, port) ?? NO_TIMING;
}
export function portTiming(node: FlowNode, port: string): PortTiming {
  return timingOf(node.type, node.data, port);
}

function jumpTargetsOf<K extends NodeType>(type: K, data: NodeDataOf<K>): string[] {
  return nodeRegistry[type].jumpTargets?.(data) ?? [];
}
export function jumpTargets(node: FlowNode): string[] {
  return jumpTargetsOf(node.type, node.data);
}

function validateOf<K extends NodeType>(
  type: K,
  node: NodeOf<K>,
  ctx: ValidationContext,
): NodeIssue[] {
  return nodeRegistry[type].validate(node, ctx);
}
export function validateNode(node: FlowNode, ctx: ValidationContext): NodeIssue[] {
  return validateOf(node.type, node, ctx);
}

function variablesOf<K extends NodeType>(
  type: K,
  node: NodeOf<K>,
  visit: VariableVisitor,
): NodeOf<K> {
  return nodeRegistry[type].variables(node, visit);
}
/** Visits the node's variable references; returns the node with the visitor's names written back. */
export function visitNodeVariables(node: FlowNode, visit: VariableVisitor): FlowNode {
  return variablesOf(node.type, node, visit);
}

function enterOf<K extends NodeType>(type: K, node: NodeOf<K>, rt: NodeRuntime): Step {
  return nodeRegistry[type].enter(node, rt);
}
export function enterNode(node: FlowNode, rt: NodeRuntime): Step {
  return enterOf(node.type, node, rt);
}

function inputOf<K extends NodeType>(
  type: K,
  node: NodeOf<K>,
  rt: NodeRuntime,
  message: InboundMessage,
): Step | undefined {
  return nodeRegistry[type].onInput?.(node, rt, message);
}
/** undefined: the node does not take customer input. */
export function nodeInput(
  node: FlowNode,
  rt: NodeRuntime,
  message: InboundMessage,
): Step | undefined {
  return inputOf(node.type, node, rt, message);
}

function timerOf<K extends NodeType>(type: K, node: NodeOf<K>, rt: NodeRuntime): Step | undefined {
  return nodeRegistry[type].onTimer?.(node, rt);
}
export function nodeTimer(node: FlowNode, rt: NodeRuntime): Step | undefined {
  return timerOf(node.type, node, rt);
}

function effectResultOf<K extends NodeType>(
  type: K,
  node: NodeOf<K>,
  rt: NodeRuntime,
  result: EffectResult,
): Step | undefined {
  return nodeRegistry[type].onEffectResult?.(node, rt, result);
}
export function nodeEffectResult(
  node: FlowNode,
  rt: NodeRuntime,
  result: EffectResult,
): Step | undefined {
  return effectResultOf(node.type, node, rt, result);
}

function agentResolvedOf<K extends NodeType>(
  type: K,
  node: NodeOf<K>,
  rt: NodeRuntime,
): Step | undefined {
  return nodeRegistry[type].onAgentResolved?.(node, rt);
}
export function nodeAgentResolved(node: FlowNode, rt: NodeRuntime): Step | undefined {
  return agentResolvedOf(node.type, node, rt);
}
