import { z } from "zod";
import { nodeRegistry, nodeTypes } from "../nodes/registry";
import { FLOW_VERSION } from "../version";
import { flowEdgeSchema } from "./flowEdgeSchema";
import { flowSettingsSchema } from "./flowSettingsSchema";
import { flowVariableSchema } from "./flowVariableSchema";

const [firstNodeSchema, ...otherNodeSchemas] = nodeTypes.map((type) => nodeRegistry[type].schema);
if (firstNodeSchema === undefined) throw new Error("lib/flow: the node registry is empty");

/** Discriminated on `type`; built from the registry so there is no second list of node types. */
export const flowNodeSchema = z.discriminatedUnion("type", [firstNodeSchema, ...otherNodeSchemas], {
  error: (issue) =>
    issue.code === "invalid_union"
      ? `Unknown node type; expected one of: ${nodeTypes.join(", ")}`
      : undefined,
});

/** The flow document: the single source of truth shared by canvas, API, validator and engine. */
export const flowSchema = z.object({
  version: z.literal(FLOW_VERSION),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema).default([]),
  variables: z.array(flowVariableSchema).default([]),
  settings: flowSettingsSchema.prefault({}),
});

export type Flow = z.output<typeof flowSchema>;
/** What may be written to disk or sent by the canvas: defaults not yet filled in. */
export type FlowInput = z.input<typeof flowSchema>;
export type FlowNode = Flow["nodes"][number];
