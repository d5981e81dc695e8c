import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const jumpTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("node"), nodeId: z.string() }),
  /** Run another flow as a sub-flow; when it ends, continue from this node's `next` port. */
  z.object({ kind: z.literal("flow"), flowId: z.string(), startNodeId: z.string().default("") }),
]);

export const jumpDataSchema = z.object({ target: jumpTargetSchema });
export const jumpNodeSchema = defineNodeSchema("jump", jumpDataSchema);
export type JumpData = z.infer<typeof jumpDataSchema>;
export type JumpNode = z.infer<typeof jumpNodeSchema>;
