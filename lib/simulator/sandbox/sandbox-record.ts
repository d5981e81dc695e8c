import { z } from "zod";
import { sessionSchema } from "@/lib/flow";
import { effectItemSchema, simulatorContactSchema, traceItemSchema } from "../simulator-state";
import { transcriptEntrySchema } from "../transcript";

/** Bump when the shape changes: an older stored sandbox then simply starts afresh. */
export const SANDBOX_VERSION = 1;

/** Oldest entries go first once a long test session passes these. */
export const MAX_TRANSCRIPT = 400;
export const MAX_TRACE = 1000;
export const MAX_EFFECTS = 100;

export const sandboxTimerSchema = z.object({
  timerId: z.string(),
  kind: z.enum(["delay", "inactivity", "question_timeout"]),
  fireAt: z.number(),
});
export type SandboxTimer = z.infer<typeof sandboxTimerSchema>;

/**
 * Everything a simulator conversation keeps between requests (the `simulator_sessions.state`
 * column): what the live runtime keeps in its conversation, contact, timer and outbox rows, in
 * one JSON document that belongs to one person testing one flow.
 */
export const sandboxRecordSchema = z.object({
  version: z.literal(SANDBOX_VERSION),
  /** Random per conversation (a restart makes a new one); seeds the engine's randomness. */
  id: z.string(),
  /** The simulated clock runs with the real one, shifted by this (skip a delay, move the clock). */
  offsetMs: z.number(),
  /** The simulated clock at the last action: it never runs backwards. */
  clock: z.number(),
  session: sessionSchema.nullable(),
  /** "Start from the selected node" on a node that is not a start: the run entered it directly. */
  startFrom: z.string().nullable(),
  windowOpenUntil: z.number().nullable(),
  /** The window whose closing the chat already announced. */
  windowNoticeFor: z.number().nullable(),
  timers: z.array(sandboxTimerSchema),
  /** Engine calls so far: numbers the trace's steps and seeds each call. */
  steps: z.number().int().nonnegative(),
  /** Counter for transcript and trace ids. */
  seq: z.number().int().nonnegative(),
  transcript: z.array(transcriptEntrySchema),
  trace: z.array(traceItemSchema),
  effects: z.array(effectItemSchema),
  contact: simulatorContactSchema,
});
export type SandboxRecord = z.infer<typeof sandboxRecordSchema>;
