import { z } from "zod";

export const httpMethodSchema = z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]);
export type HttpMethod = z.infer<typeof httpMethodSchema>;

/** WhatsApp users wait on the other end: an HTTP call may never hold a conversation longer than this. */
export const MAX_HTTP_TIMEOUT_MS = 10_000;

export const responseMappingSchema = z.object({ path: z.string(), variable: z.string() });
export type ResponseMapping = z.infer<typeof responseMappingSchema>;

export const httpRequestEffectSchema = z.object({
  type: z.literal("http_request"),
  effectId: z.string(),
  method: httpMethodSchema,
  url: z.string(),
  headers: z.record(z.string(), z.string()),
  body: z.string().optional(),
  timeoutMs: z.number().int().positive().max(MAX_HTTP_TIMEOUT_MS),
  /** Informational: the engine applies the mapping itself when the result comes back. */
  responseMappings: z.array(responseMappingSchema),
});

export const discountCodeEffectSchema = z.object({
  type: z.literal("discount_code"),
  effectId: z.string(),
  /** Workspace code pool to take one single-use code from. */
  poolId: z.string(),
});

export const timerKindSchema = z.enum(["delay", "inactivity", "question_timeout"]);
export type TimerKind = z.infer<typeof timerKindSchema>;

/** Scheduling a timerId that is already scheduled replaces it (the inactivity timer relies on this). */
export const scheduleTimerEffectSchema = z.object({
  type: z.literal("schedule_timer"),
  timerId: z.string(),
  fireAt: z.number(),
  kind: timerKindSchema,
});

export const cancelTimerEffectSchema = z.object({
  type: z.literal("cancel_timer"),
  timerId: z.string(),
});

export const contactPatchSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
});
export type ContactPatch = z.infer<typeof contactPatchSchema>;

export const contactUpdateEffectSchema = z.object({
  type: z.literal("contact_update"),
  patch: contactPatchSchema,
  addTags: z.array(z.string()),
  removeTags: z.array(z.string()),
  /** true = opted in, false = opted out, absent = unchanged. */
  optIn: z.boolean().optional(),
});

export const handoffEffectSchema = z.object({
  type: z.literal("handoff"),
  message: z.string().optional(),
  team: z.string().optional(),
  note: z.string().optional(),
  /** `keyword` when the customer asked for a human with a global keyword rather than at a handoff node. */
  via: z.enum(["node", "keyword"]),
});

export const sessionEndReasonSchema = z.enum([
  "completed",
  "opted_out",
  "inactivity",
  "restarted",
  "replaced",
  "step_budget",
  "handoff_resolved",
  "error",
]);
export type SessionEndReason = z.infer<typeof sessionEndReasonSchema>;

export const sessionEndedEffectSchema = z.object({
  type: z.literal("session_ended"),
  /** Which session: a restart ends one session and starts another in the same advance. */
  sessionId: z.string(),
  reason: sessionEndReasonSchema,
});

export const effectSchema = z.discriminatedUnion("type", [
  httpRequestEffectSchema,
  discountCodeEffectSchema,
  scheduleTimerEffectSchema,
  cancelTimerEffectSchema,
  contactUpdateEffectSchema,
  handoffEffectSchema,
  sessionEndedEffectSchema,
]);
export type Effect = z.infer<typeof effectSchema>;
export type HttpRequestEffect = z.infer<typeof httpRequestEffectSchema>;
export type DiscountCodeEffect = z.infer<typeof discountCodeEffectSchema>;
export type ScheduleTimerEffect = z.infer<typeof scheduleTimerEffectSchema>;
export type ContactUpdateEffect = z.infer<typeof contactUpdateEffectSchema>;
export type HandoffEffect = z.infer<typeof handoffEffectSchema>;

/** Effects the engine waits on: the runtime performs them and answers with `effect_result`. */
export type AwaitedEffect = HttpRequestEffect | DiscountCodeEffect;
/** What a node asks for; the engine assigns the `effectId`. */
export type AwaitedEffectRequest =
  Omit<HttpRequestEffect, "effectId"> | Omit<DiscountCodeEffect, "effectId">;
export type ContactUpdate = Omit<ContactUpdateEffect, "type">;
