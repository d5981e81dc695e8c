import type { z } from "zod";
import type { InboundMessage, OutboundMessage } from "../io";
import type { JsonValue } from "../json";
import type { Localized } from "../localized";
import type { FlowSettings } from "../schema/flowSettingsSchema";
import type { ContactSnapshot } from "../engine/contactSnapshot";
import type { AwaitedEffectRequest, ContactUpdate } from "../engine/effects";
import type { EffectResult } from "../engine/engineInput";
import type { TraceEntry } from "../engine/traceEntry";

/** The palette's groups, in the order the palette shows them. */
export const NODE_GROUPS = ["Messages", "Questions", "Logic", "Actions", "Commerce"] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];

export interface NodeMeta<D> {
  group: NodeGroup;
  /** A lucide-react icon name; the canvas resolves it, lib/flow never imports React. */
  icon: string;
  label: Localized;
  description: Localized;
  /** Data for a node freshly dropped on the canvas; a function so no two nodes share objects. */
  defaultData: () => D;
}

export interface PortSpec {
  id: string;
  label: Localized;
  /** An unconnected required port is a validation error; optional ones just end the path there. */
  required: boolean;
}

export interface NodeTraits {
  /**
   * What the node pauses for once entered. Loop detection needs `customer`/`agent` somewhere on a
   * cycle; the 24-hour window check restarts its clock after them.
   */
  waitsFor: "customer" | "agent" | "timer" | "effect" | "nothing";
  /** Sends a non-template message, which WhatsApp delivers only inside the 24-hour window. */
  sendsFreeForm: boolean;
}

/** How much time can pass between entering a node and leaving it through `port`. */
export interface PortTiming {
  /** The customer wrote (or an agent talked to them) before this port fires: the window is fresh. */
  resetsWindow: boolean;
  delayMs: number;
}

export interface NodeIssue {
  code: string;
  severity: "error" | "warning";
  /** Path inside the node's data, e.g. `buttons.2.title`. */
  field?: string;
  message: Localized;
}

export interface ValidationContext {
  hasNode(id: string): boolean;
  /** Unknown (undefined) when the validator was not given the workspace's flows. */
  flowExists(flowId: string): boolean | undefined;
  settings: FlowSettings;
}

export interface VariableRef {
  /** Root variable name (`order` for `{{order.status}}`) or `contact.<field>`. */
  name: string;
  /** Path inside the node's data where the reference sits. */
  field: string;
  access: "read" | "write";
}
/** Called for every variable reference; returns the name to write back (for renames). */
export type VariableVisitor = (ref: VariableRef) => string;

/** What a node tells the engine to do next. */
export type Step =
  | { kind: "port"; port: string }
  | { kind: "wait_input"; timeoutMs?: number }
  | { kind: "wait_timer"; delayMs: number }
  | { kind: "wait_effect"; effect: AwaitedEffectRequest }
  | { kind: "wait_agent" }
  /** The answer was not usable; the node already re-prompted; count a failed attempt and keep waiting. */
  | { kind: "retry" }
  /** Not meant for this node (e.g. a reaction): keep waiting without counting an attempt. */
  | { kind: "ignore"; reason: string; message: Localized }
  | { kind: "goto"; nodeId: string }
  | { kind: "call"; flowId: string; startNodeId?: string }
  | { kind: "end" };

/** Trace entries a node may add; the engine stamps them with node and flow ids. */
export type NodeTraceEntry = Extract<TraceEntry, { type: "warning" | "error" | "input_rejected" }>;

/** The engine as a node sees it while it runs: reads, writes and sends go through here. */
export interface NodeRuntime {
  readonly now: number;
  readonly settings: FlowSettings;
  readonly lastMessage: InboundMessage | null;
  /** Failed answers so far at the node being waited on; 0 when it was just entered. */
  readonly attempts: number;
  random(): number;
  /** A variable (dotted paths reach into JSON) or `contact.<field>`. */
  lookup(ref: string): JsonValue | undefined;
  /** `{{variable}}` interpolation with the session's variables and contact. */
  text(template: string, encode?: (value: string) => string): string;
  setVariable(name: string, value: JsonValue): void;
  unsetVariable(name: string): void;
  contact(): ContactSnapshot;
  send(message: OutboundMessage): void;
  updateContact(update: ContactUpdate): void;
  handoff(request: { message?: string; team?: string; note?: string }): void;
  trace(entry: NodeTraceEntry): void;
}

export type AnyNodeSchema = z.ZodType<{
  id: string;
  type: string;
  position: { x: number; y: number };
  data: object;
}> &
  z.core.$ZodTypeDiscriminable;

/**
 * Everything the canvas, validator and engine know about one node type. Lives in
 * `nodes/<type>/`; the registry is the only list of types.
 */
export interface NodeDefinition<S extends AnyNodeSchema> {
  type: z.output<S>["type"];
  schema: S;
  meta: NodeMeta<z.output<S>["data"]>;
  ports(data: z.output<S>["data"]): PortSpec[];
  traits(data: z.output<S>["data"]): NodeTraits;
  /** Defaults to "no wait, no window reset". */
  portTiming?(data: z.output<S>["data"], port: string): PortTiming;
  /** Nodes reached without an edge (jump to node), so graph helpers see them as successors. */
  jumpTargets?(data: z.output<S>["data"]): string[];
  validate(node: z.output<S>, ctx: ValidationContext): NodeIssue[];
  /** Visits every variable reference and returns the node with the visitor's names written back. */
  variables(node: z.output<S>, visit: VariableVisitor): z.output<S>;
  enter(node: z.output<S>, rt: NodeRuntime): Step;
  onInput?(node: z.output<S>, rt: NodeRuntime, message: InboundMessage): Step;
  onTimer?(node: z.output<S>, rt: NodeRuntime): Step;
  onEffectResult?(node: z.output<S>, rt: NodeRuntime, result: EffectResult): Step;
  onAgentResolved?(node: z.output<S>, rt: NodeRuntime): Step;
}

/**
 * Curried so the schema alone fixes the node type; the definition is then checked against it with
 * full contextual typing (default data keeps its literal types).
 */
export function defineNode<S extends AnyNodeSchema>(schema: S) {
  return (definition: Omit<NodeDefinition<S>, "schema">): NodeDefinition<S> => ({
    ...definition,
    schema,
  });
}
