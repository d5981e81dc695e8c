import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const handoffDataSchema = z.object({
  /** Said to the customer before the agent takes over. */
  message: z.string().default(""),
  /** Team or inbox to route to; empty = the workspace default. */
  team: z.string().default(""),
  /** Internal note for the agent (a template), never sent to the customer. */
  note: z.string().default(""),
});
export const handoffNodeSchema = defineNodeSchema("handoff", handoffDataSchema);
export type HandoffData = z.infer<typeof handoffDataSchema>;
export type HandoffNode = z.infer<typeof handoffNodeSchema>;
