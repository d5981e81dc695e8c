import { z } from "zod";

/**
 * React Flow's edge shape. `sourceHandle` is the output port id (`next`, a button id, `else`, …);
 * UI keys such as `selected` or `animated` are stripped on parse.
 */
export const flowEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  sourceHandle: z.string().min(1),
  target: z.string().min(1),
  targetHandle: z.string().nullish(),
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
