import { z } from "zod";
import { simulatorStateSchema } from "./simulator-state";

/** A problem that stops the run, enough for the pane to point at it in the Problems panel. */
export const blockingProblemSchema = z.object({
  id: z.string(),
  nodeId: z.string().optional(),
  code: z.string(),
  message: z.string(),
});

/**
 * The simulator API's answer. `blocked` is set when the draft has validation errors: the action
 * did not run (the state is unchanged) and the pane leads to the Problems panel instead.
 */
export const simulatorResponseSchema = z.object({
  state: simulatorStateSchema,
  blocked: z
    .object({ errors: z.number().int(), problems: z.array(blockingProblemSchema) })
    .nullable(),
});
export type SimulatorResponse = z.infer<typeof simulatorResponseSchema>;
