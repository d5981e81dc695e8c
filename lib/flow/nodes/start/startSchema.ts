import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const triggerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("any") }),
  z.object({
    kind: z.literal("keyword"),
    keywords: z.array(z.string()),
    match: z.enum(["exact", "contains"]).default("exact"),
  }),
  /** Click-to-WhatsApp ads; an empty list matches any ad. */
  z.object({ kind: z.literal("ad"), adIds: z.array(z.string()).default([]) }),
  z.object({ kind: z.literal("api") }),
]);
export type Trigger = z.infer<typeof triggerSchema>;

export const startDataSchema = z.object({ trigger: triggerSchema, label: z.string().default("") });
export const startNodeSchema = defineNodeSchema("start", startDataSchema);
export type StartData = z.infer<typeof startDataSchema>;
export type StartNode = z.infer<typeof startNodeSchema>;
