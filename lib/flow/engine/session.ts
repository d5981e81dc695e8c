import { z } from "zod";
import { inboundMessageSchema } from "../io";
import { jsonValueSchema } from "../json";
import { contactPatchSchema, sessionEndReasonSchema } from "./effects";

/** Bump when the session shape changes; parseSession refuses versions it cannot read. */
export const SESSION_VERSION = 1;

const nodeRef = { flowId: z.string(), nodeId: z.string() };

/** What the session waits for, and where. Every wait names the node to resume at. */
export const sessionWaitSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("input"),
    ...nodeRef,
    /** Unusable answers so far at this node. */
    attempts: z.number().int().nonnegative(),
    /** A question's answer timeout, when it has one. */
    timerId: z.string().nullable(),
  }),
  z.object({ kind: z.literal("timer"), ...nodeRef, timerId: z.string() }),
  z.object({
    kind: z.literal("effect"),
    ...nodeRef,
    effectId: z.string(),
    effect: z.enum(["http_request", "discount_code"]),
  }),
  /** nodeId null: the customer asked for a human with a global keyword. */
  z.object({ kind: z.literal("agent"), flowId: z.string(), nodeId: z.string().nullable() }),
]);
export type SessionWait = z.infer<typeof sessionWaitSchema>;

/** A sub-flow call: when the called flow ends, continue from `nodeId`'s `next` port in `flowId`. */
export const stackFrameSchema = z.object(nodeRef);
export type StackFrame = z.infer<typeof stackFrameSchema>;

/** Contact changes made by this session, layered over the runtime's contact snapshot. */
export const contactChangesSchema = z.object({
  patch: contactPatchSchema,
  addTags: z.array(z.string()),
  removeTags: z.array(z.string()),
  optIn: z.boolean().optional(),
});
export type ContactChanges = z.infer<typeof contactChangesSchema>;

export const sessionStatusSchema = z.enum(["active", "waiting", "handoff", "ended"]);

export const sessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  /** Random per conversation; prefixes timer and effect ids so stale ones never match a new session. */
  id: z.string().min(1),
  /** The flow the session started in (sub-flows are on `stack`). */
  flowId: z.string(),
  /** `active` only exists inside advance; a returned session is waiting, in handoff, or ended. */
  status: sessionStatusSchema,
  /** The start node that began it, so "restart" begins the same way; null for a keyword handoff. */
  startNodeId: z.string().nullable(),
  wait: sessionWaitSchema.nullable(),
  stack: z.array(stackFrameSchema),
  variables: z.record(z.string(), jsonValueSchema),
  contact: contactChangesSchema,
  /** Nodes entered over the whole session. */
  steps: z.number().int().nonnegative(),
  /** Counter for timer and effect ids. */
  seq: z.number().int().nonnegative(),
  startedAt: z.number(),
  lastActivityAt: z.number(),
  inactivityDeadline: z.number().nullable(),
  lastMessage: inboundMessageSchema.nullable(),
  endedReason: sessionEndReasonSchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export type ParseSessionResult =
  { ok: true; session: Session } | { ok: false; issues: { path: string; message: string }[] };

/** For sessions read back from storage. Never throws. */
export function parseSession(json: unknown): ParseSessionResult {
  const parsed = sessionSchema.safeParse(json);
  if (parsed.success) return { ok: true, session: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join("."),
      message: i.message,
    })),
  };
}
