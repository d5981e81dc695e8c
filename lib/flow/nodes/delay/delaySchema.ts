import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";
import { timeUnitSchema } from "../set_variable/setVariableSchema";

export const delayDataSchema = z.object({
  amount: z.number().default(1),
  unit: timeUnitSchema.default("minutes"),
});
export const delayNodeSchema = defineNodeSchema("delay", delayDataSchema);
export type DelayData = z.infer<typeof delayDataSchema>;
export type DelayNode = z.infer<typeof delayNodeSchema>;
