/**
 * Writes one engine step: the new session, the outbox rows (idempotency key
 * `<conversation>:<step>:<index>`), timers, contact changes and the pending effect — all in the
 * caller's transaction, together with the jobs that act on them. Either the whole step is
 * stored or none of it, so a retried job can never apply a step twice or send its messages twice.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import { contacts, conversations, conversationTimers, outboundMessages } from "@/lib/db/schema";
import type { Effect, HttpRequestEffect, OutboundMessage, Session } from "@/lib/flow";
import type { Runtime } from "../runtime";
import type { ConversationRow } from "./conversation-row";

export interface StepWrite {
  session: Session | null;
  outbox: OutboundMessage[];
  effects: Effect[];
  /** Set when this step started a session on a flow version (the conversation is pinned to it). */
  pinTo?: { flowId: string; versionId: string };
  windowExpiresAt?: Date;
  lastInboundAt?: Date;
}

function conversationStatus(session: Session | null): string {
  if (!session) return "idle";
  if (session.status === "ended") return "ended";
  if (session.status === "handoff") return "handoff";
  return "active";
}

export async function writeStep(
  tx: Tx,
  rt: Runtime,
  conv: ConversationRow,
  step: StepWrite,
): Promise<void> {
  const steps = conv.steps + 1;
  if (step.outbox.length > 0) {
    await tx
      .insert(outboundMessages)
      .values(
        step.outbox.map((message, index) => ({
          workspaceId: conv.workspaceId,
          channelId: conv.channelId,
          conversationId: conv.id,
          idempotencyKey: `${conv.id}:${steps}:${index}`,
          recipient: conv.contactKey,
          message,
        })),
      )
      .onConflictDoNothing({ target: outboundMessages.idempotencyKey });
    await rt.queue.enqueueSend(tx, conv.id);
  }

  let pendingEffect: HttpRequestEffect | null = null;
  let earliest: Date | null = null;
  for (const effect of step.effects) {
    switch (effect.type) {
      case "schedule_timer": {
        const fireAt = new Date(effect.fireAt);
        await tx
          .insert(conversationTimers)
          .values({ conversationId: conv.id, timerId: effect.timerId, kind: effect.kind, fireAt })
          .onConflictDoUpdate({
            target: [conversationTimers.conversationId, conversationTimers.timerId],
            set: { fireAt, kind: effect.kind },
          });
        if (!earliest || fireAt < earliest) earliest = fireAt;
        break;
      }
      case "cancel_timer":
        await tx
          .delete(conversationTimers)
          .where(
            and(
              eq(conversationTimers.conversationId, conv.id),
              eq(conversationTimers.timerId, effect.timerId),
            ),
          );
        break;
      case "contact_update":
        await applyContactUpdate(tx, conv.contactId, effect);
        break;
      case "http_request":
        pendingEffect = effect;
        break;
      case "discount_code":
      case "handoff":
      case "session_ended":
        // Discount codes are taken before the step is written; handoff and endings show in the status.
        break;
    }
  }

  // One wake-up chain per conversation: a new job only when this timer is due before the one
  // already scheduled (re-arming the inactivity timer later, every message, adds no job; the
  // earlier wake-up finds nothing due and schedules the next, see step-once.ts).
  const wakeAt = await scheduleWake(tx, rt, conv, earliest);
  // A session still waiting on the effect it already waited on keeps the stored request.
  const waitsOnEffect = step.session?.wait?.kind === "effect";
  await tx
    .update(conversations)
    .set({
      session: step.session,
      status: conversationStatus(step.session),
      ...(waitsOnEffect
        ? pendingEffect
          ? { pendingEffect, effectClaimedUntil: null }
          : {}
        : { pendingEffect: null, effectClaimedUntil: null }),
      steps,
      wakeAt,
      ...(step.pinTo ? { flowId: step.pinTo.flowId, flowVersionId: step.pinTo.versionId } : {}),
      ...(step.windowExpiresAt ? { windowExpiresAt: step.windowExpiresAt } : {}),
      ...(step.lastInboundAt ? { lastInboundAt: step.lastInboundAt } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(conversations.id, conv.id));
}

/** Schedules a wake-up at `at` if none is due by then; returns the conversation's wake time. */
export async function scheduleWake(
  tx: Tx,
  rt: Runtime,
  conv: ConversationRow,
  at: Date | null,
): Promise<Date | null> {
  const current = conv.wakeAt && conv.wakeAt.getTime() > rt.now() ? conv.wakeAt : null;
  if (!at || (current && current <= at)) return current;
  await rt.queue.enqueueWake(
    tx,
    { kind: "drain", channelId: conv.channelId, contactKey: conv.contactKey },
    at,
  );
  return at;
}

async function applyContactUpdate(
  tx: Tx,
  contactId: string,
  effect: Extract<Effect, { type: "contact_update" }>,
): Promise<void> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, contactId));
  if (!row) return;
  const tags = new Set(row.tags);
  for (const tag of effect.addTags) tags.add(tag);
  for (const tag of effect.removeTags) tags.delete(tag);
  const { patch } = effect;
  await tx
    .update(contacts)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.address !== undefined ? { address: patch.address } : {}),
      fields: { ...row.fields, ...(patch.fields ?? {}) },
      tags: [...tags],
      ...(effect.optIn !== undefined ? { optIn: effect.optIn } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(contacts.id, contactId));
}
