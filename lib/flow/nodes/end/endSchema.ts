import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const endDataSchema = z.object({ message: z.string().default("") });
export const endNodeSchema = defineNodeSchema("end", endDataSchema);
export type EndData = z.infer<typeof endDataSchema>;
export type EndNode = z.infer<typeof endNodeSchema>;
