import { z } from "zod";
import { effectResultSchema, jsonValueSchema } from "@/lib/flow";
import { traceEntrySchema } from "./trace-entry-schema";
import { transcriptEntrySchema } from "./transcript";

/** One engine trace entry with when (simulated clock) and in which step it happened. */
export const traceItemSchema = z.object({
  id: z.string(),
  step: z.number().int(),
  at: z.number(),
  entry: traceEntrySchema,
});
export type TraceItem = z.infer<typeof traceItemSchema>;

/** An awaited effect (HTTP call, discount code) as the runtime performed it in the sandbox. */
export const effectItemSchema = z.object({
  effectId: z.string(),
  type: z.enum(["http_request", "discount_code"]),
  /** `GET https://…` or the pool's name. */
  summary: z.string(),
  status: z.enum(["pending", "completed", "applied"]),
  result: effectResultSchema.nullable(),
});
export type EffectItem = z.infer<typeof effectItemSchema>;

export const simulatorContactSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  tags: z.array(z.string()),
  optIn: z.boolean().optional(),
  fields: z.record(z.string(), z.string()),
});
export type SimulatorContact = z.infer<typeof simulatorContactSchema>;

export const simulatorWaitSchema = z.object({
  kind: z.enum(["input", "timer", "effect", "agent"]),
  nodeId: z.string().nullable(),
  /** A timer wait: when it fires (simulated clock), so "skip" knows there is something to skip. */
  fireAt: z.number().optional(),
});

/** Everything the simulator pane shows, as the server answers after each action. */
export const simulatorStateSchema = z.object({
  id: z.string(),
  /** The simulated clock, unix ms. */
  clock: z.number(),
  status: z.enum(["idle", "waiting", "handoff", "ended"]),
  wait: simulatorWaitSchema.nullable(),
  /** Until when WhatsApp accepts free-form messages (null: the customer never wrote). */
  windowOpenUntil: z.number().nullable(),
  /** When the next timer of any kind fires (delay, question timeout, inactivity). */
  nextTimerAt: z.number().nullable(),
  transcript: z.array(transcriptEntrySchema),
  trace: z.array(traceItemSchema),
  effects: z.array(effectItemSchema),
  /** The path taken in the current session, for the canvas. */
  path: z.object({ nodeIds: z.array(z.string()), edgeIds: z.array(z.string()) }),
  variables: z.record(z.string(), jsonValueSchema),
  contact: simulatorContactSchema,
});
export type SimulatorState = z.infer<typeof simulatorStateSchema>;
