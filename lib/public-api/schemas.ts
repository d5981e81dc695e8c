import { z } from "zod";
import { flowSchema, jsonValueSchema } from "@/lib/flow";
import type { NamedSchema } from "./endpoint";

function named<S extends z.ZodType>(name: string, schema: S): NamedSchema<S> {
  return { name, schema };
}

export const uuidParam = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

export const errorBody = named(
  "Error",
  z.object({
    error: z.object({
      code: z.string().meta({ description: "Stable machine-readable code, e.g. `invalid_body`." }),
      message: z.string(),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "For 400/422: one entry per invalid field, with its dotted path." }),
    }),
  }),
);

export const flowSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(["draft", "published"]),
  revision: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export const flowSummaryBody = named("FlowSummary", flowSummary);
export const flowListBody = named("FlowList", z.object({ flows: z.array(flowSummary) }));
export const flowDetailBody = named("Flow", flowSummary.extend({ document: flowSchema }));

export const flowNameField = z.string().trim().min(1).max(100);
export const createFlowBody = named(
  "CreateFlow",
  z.object({
    name: flowNameField,
    /** Omit for a new flow with just a start node. */
    document: flowSchema.optional(),
  }),
);

/** Schemas used in several places: published once as components and referenced. */
export const sharedSchemas: NamedSchema[] = [
  named("FlowDocument", flowSchema),
  // Recursive: it needs a name of its own to be referenced (flow variables, API start variables).
  named("JsonValue", jsonValueSchema),
];
