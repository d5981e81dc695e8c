import { z } from "zod";

/** JSON shapes of the flows API, shared by the route handlers and the browser. */
export const flowSummaryJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["draft", "published"]),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type FlowSummaryJson = z.infer<typeof flowSummaryJsonSchema>;

export const flowListJsonSchema = z.object({ flows: z.array(flowSummaryJsonSchema) });
export const flowCreatedJsonSchema = z.object({ id: z.string() });

export function toFlowSummaryJson(flow: {
  id: string;
  name: string;
  status: "draft" | "published";
  updatedAt: Date;
  updatedBy: string | null;
}): FlowSummaryJson {
  return { ...flow, updatedAt: flow.updatedAt.toISOString() };
}

/** Answer of PUT …/document; on 409 the error also carries the stored `revision`. */
export const flowDocumentSavedJsonSchema = z.object({
  revision: z.number().int(),
  updatedAt: z.string(),
});
export const revisionConflictJsonSchema = z.object({
  error: z.object({ code: z.literal("revision_conflict"), revision: z.number().int() }),
});
