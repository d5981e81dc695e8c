import { z } from "zod";

/** A variable declared in the Variables panel; API starts may fill it, `defaultValue` seeds new sessions. */
export const flowVariableSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  defaultValue: z.union([z.string(), z.number(), z.boolean()]).optional(),
});
export type FlowVariable = z.infer<typeof flowVariableSchema>;
