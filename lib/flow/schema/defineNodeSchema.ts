import { z } from "zod";
import { positionSchema } from "./positionSchema";

/**
 * A node in React Flow's own shape, so the canvas can hold document nodes directly. `z.object`
 * strips unknown keys, which is how React Flow's UI keys (`selected`, `measured`, `dragging`, …)
 * are dropped on parse instead of rejected.
 */
export function defineNodeSchema<const T extends string, D extends z.ZodType>(type: T, data: D) {
  return z.object({
    id: z.string().min(1),
    type: z.literal(type),
    position: positionSchema,
    data,
  });
}
