import { z } from "zod";
import { jsonValueSchema, outboundMessageSchema, type TraceEntry } from "@/lib/flow";

const localized = z.object({ en: z.string(), tr: z.string() });
const endReason = z.enum([
  "completed",
  "opted_out",
  "inactivity",
  "restarted",
  "replaced",
  "step_budget",
  "handoff_resolved",
  "error",
]);
const effectType = z.enum([
  "http_request",
  "discount_code",
  "schedule_timer",
  "cancel_timer",
  "contact_update",
  "handoff",
  "session_ended",
]);
const outboundType = z.enum([
  "text",
  "media",
  "buttons",
  "list",
  "cta_url",
  "location_request",
  "template",
]);
const timerKind = z.enum(["delay", "inactivity", "question_timeout"]);

/**
 * lib/flow's `TraceEntry` as a schema, so the browser checks what the simulator API sends. Typed
 * against `TraceEntry`: when the engine's trace changes, this file stops compiling.
 */
export const traceEntrySchema: z.ZodType<TraceEntry> = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("session_started"),
    sessionId: z.string(),
    flowId: z.string(),
    startNodeId: z.string().nullable(),
    via: z.enum(["trigger", "api", "restart", "keyword"]),
  }),
  z.object({ type: z.literal("session_ended"), sessionId: z.string(), reason: endReason }),
  z.object({
    type: z.literal("node_entered"),
    flowId: z.string(),
    nodeId: z.string(),
    nodeType: z.string(),
    step: z.number(),
  }),
  z.object({
    type: z.literal("edge_taken"),
    flowId: z.string(),
    edgeId: z.string(),
    source: z.string(),
    sourceHandle: z.string(),
    target: z.string(),
  }),
  z.object({
    type: z.literal("jump"),
    flowId: z.string(),
    nodeId: z.string(),
    toFlowId: z.string(),
    toNodeId: z.string(),
  }),
  z.object({
    type: z.literal("subflow_returned"),
    fromFlowId: z.string(),
    toFlowId: z.string(),
    toNodeId: z.string(),
  }),
  z.object({
    type: z.literal("dead_end"),
    flowId: z.string(),
    nodeId: z.string(),
    port: z.string(),
  }),
  z.object({
    type: z.literal("input_accepted"),
    flowId: z.string(),
    nodeId: z.string(),
    port: z.string().optional(),
  }),
  z.object({
    type: z.literal("input_rejected"),
    flowId: z.string().optional(),
    nodeId: z.string().optional(),
    reason: z.string(),
    message: localized,
  }),
  z.object({ type: z.literal("variable_set"), name: z.string(), value: jsonValueSchema }),
  z.object({ type: z.literal("variable_unset"), name: z.string() }),
  z.object({
    type: z.literal("message_dropped"),
    nodeId: z.string().optional(),
    messageType: outboundType,
    reason: z.literal("window_closed"),
    message: outboundMessageSchema,
  }),
  z.object({
    type: z.literal("effect_requested"),
    effectId: z.string().optional(),
    effect: effectType,
    nodeId: z.string().optional(),
  }),
  z.object({
    type: z.literal("effect_result"),
    effectId: z.string(),
    status: z.enum(["success", "error", "exhausted"]),
    accepted: z.boolean(),
  }),
  z.object({
    type: z.literal("timer_scheduled"),
    timerId: z.string(),
    kind: timerKind,
    fireAt: z.number(),
  }),
  z.object({ type: z.literal("timer_fired"), timerId: z.string(), kind: timerKind }),
  z.object({
    type: z.literal("timer_ignored"),
    timerId: z.string(),
    reason: z.enum(["stale", "no_session"]),
  }),
  z.object({
    type: z.literal("global_keyword"),
    action: z.enum(["restart", "human", "stop"]),
    keyword: z.string(),
  }),
  z.object({ type: z.literal("no_trigger_match") }),
  // Two shapes share the type: a nested union on `outcome` (zod refuses a repeated discriminator).
  z.discriminatedUnion("outcome", [
    z.object({
      type: z.literal("window_closed"),
      outcome: z.literal("fallback"),
      flowId: z.string(),
      nodeId: z.string(),
    }),
    z.object({
      type: z.literal("window_closed"),
      outcome: z.literal("ignored"),
      reason: z.enum([
        "no_session",
        "no_fallback",
        "fallback_invalid",
        "already_at_fallback",
        "handoff",
      ]),
      message: localized,
    }),
  ]),
  z.object({
    type: z.literal("budget_exhausted"),
    steps: z.number(),
    nodeId: z.string(),
    message: localized,
  }),
  z.object({
    type: z.literal("warning"),
    code: z.string(),
    message: localized,
    nodeId: z.string().optional(),
    flowId: z.string().optional(),
  }),
  z.object({
    type: z.literal("error"),
    code: z.string(),
    message: localized,
    nodeId: z.string().optional(),
    flowId: z.string().optional(),
  }),
]);
