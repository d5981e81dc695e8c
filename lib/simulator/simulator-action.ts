import { z } from "zod";
import { isValidVariableName, jsonValueSchema } from "@/lib/flow";
import { customerActionSchema } from "./customer-action";

const DAY_MS = 86_400_000;

/** A change to the sandbox contact, made in the debug drawer. */
export const contactEditSchema = z.discriminatedUnion("field", [
  z.object({
    field: z.enum(["name", "email", "phone", "address"]),
    value: z.string().max(500),
  }),
  z.object({
    field: z.literal("tags"),
    value: z.array(z.string().trim().min(1).max(100)).max(100),
  }),
  z.object({ field: z.literal("optIn"), value: z.boolean().nullable() }),
  z.object({
    field: z.literal("custom"),
    key: z.string().trim().min(1).max(100),
    value: z.string().max(500),
  }),
]);
export type ContactEdit = z.infer<typeof contactEditSchema>;

/** Everything the simulator pane can ask the server to do with a sandbox session. */
export const simulatorActionSchema = z.discriminatedUnion("type", [
  /** The person testing acts as the customer. */
  z.object({ type: z.literal("customer"), action: customerActionSchema }),
  /** A fresh conversation; with `startNodeId`, started right at that step. */
  z.object({ type: z.literal("restart"), startNodeId: z.string().min(1).max(200).optional() }),
  /** Moves the clock to the delay the session waits on. */
  z.object({ type: z.literal("skip_delay") }),
  z.object({
    type: z.literal("advance_clock"),
    ms: z
      .number()
      .int()
      .min(1)
      .max(30 * DAY_MS),
  }),
  /** Runs what is due now (a short delay that elapsed while the pane was open). */
  z.object({ type: z.literal("tick") }),
  z.object({
    type: z.literal("set_variable"),
    name: z.string().refine(isValidVariableName, "errors.simulator.variableName"),
    value: jsonValueSchema,
  }),
  z.object({ type: z.literal("edit_contact"), edit: contactEditSchema }),
]);
export type SimulatorAction = z.infer<typeof simulatorActionSchema>;

/** The editor sends its current document with every action: unsaved changes run too. */
export const simulatorRequestSchema = z.object({
  document: z.unknown(),
  action: simulatorActionSchema,
});
export type SimulatorRequest = z.infer<typeof simulatorRequestSchema>;
