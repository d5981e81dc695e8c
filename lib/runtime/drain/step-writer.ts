/**
 * Collects the writes of engine steps — of one conversation or of many drained together — and
 * stores them in a handful of statements at the end of the caller's transaction: the outbox rows
 * (idempotency key `<conversation>:<step>:<index>`), timers, contact changes, the conversations'
 * new state, the inbound rows consumed, and the jobs that act on them. The transaction makes it
 * all or nothing, so a retried job can never apply a step twice or send its messages twice; doing
 * it in bulk is what lets one worker keep up with a campaign (a statement per table, not per step).
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import {
  contacts,
  conversations,
  conversationTimers,
  inboundMessages,
  outboundMessages,
} from "@/lib/db/schema";
import type { Effect, HttpRequestEffect, OutboundMessage, Session } from "@/lib/flow";
import type { WakeJob } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import type { ContactRow, ConversationRow } from "./conversation-row";

export interface StepWrite {
  session: Session | null;
  outbox: OutboundMessage[];
  effects: Effect[];
  /** Set when this step started a session on a flow version (the conversation is pinned to it). */
  pinTo?: { flowId: string; versionId: string };
  windowExpiresAt?: Date;
  lastInboundAt?: Date;
}

export type TimerRow = typeof conversationTimers.$inferSelect;

/** What a step may read and change of one conversation, kept in memory until the flush. */
export interface ConversationState {
  conv: ConversationRow;
  contact: ContactRow | null;
  /** Its armed timers, earliest first. */
  timers: { timerId: string; kind: string; fireAt: Date }[];
}

function conversationStatus(session: Session | null): string {
  if (!session) return "idle";
  if (session.status === "ended") return "ended";
  if (session.status === "handoff") return "handoff";
  return "active";
}

type TimerChange = { conversationId: string; timerId: string } & (
  { op: "upsert"; kind: string; fireAt: Date } | { op: "delete" }
);

export class StepWriter {
  private readonly outbox: (typeof outboundMessages.$inferInsert)[] = [];
  private readonly timerChanges = new Map<string, TimerChange>();
  private readonly dirtyConversations = new Map<string, ConversationState>();
  private readonly dirtyContacts = new Map<string, ContactRow>();
  private readonly consumed: string[] = [];
  private readonly sends = new Set<string>();
  private readonly wakes: { job: WakeJob; at: Date }[] = [];

  constructor(private readonly rt: Runtime) {}

  /** Applies an engine step to the conversation's state and records what to store. */
  applyStep(state: ConversationState, step: StepWrite): void {
    const { conv } = state;
    const steps = conv.steps + 1;
    step.outbox.forEach((message, index) => {
      this.outbox.push({
        workspaceId: conv.workspaceId,
        channelId: conv.channelId,
        conversationId: conv.id,
        idempotencyKey: `${conv.id}:${steps}:${index}`,
        recipient: conv.contactKey,
        message,
      });
    });
    if (step.outbox.length > 0) this.sends.add(conv.id);

    let pendingEffect: HttpRequestEffect | null = null;
    let earliest: Date | null = null;
    for (const effect of step.effects) {
      switch (effect.type) {
        case "schedule_timer": {
          const fireAt = new Date(effect.fireAt);
          this.setTimer(state, { timerId: effect.timerId, kind: effect.kind, fireAt });
          if (!earliest || fireAt < earliest) earliest = fireAt;
          break;
        }
        case "cancel_timer":
          this.deleteTimer(state, effect.timerId);
          break;
        case "contact_update":
          this.updateContact(state, effect);
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
    // earlier wake-up finds nothing due and schedules the next).
    const wakeAt = this.scheduleWake(conv, earliest);
    // A session still waiting on the effect it already waited on keeps the stored request.
    const waitsOnEffect = step.session?.wait?.kind === "effect";
    state.conv = {
      ...conv,
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
    };
    this.dirtyConversations.set(conv.id, state);
  }

  /** Records a change of the conversation row made outside a step (claims, wake-ups, keys). */
  changed(state: ConversationState, patch: Partial<ConversationRow>): void {
    state.conv = { ...state.conv, ...patch };
    this.dirtyConversations.set(state.conv.id, state);
  }

  contactChanged(state: ConversationState, patch: Partial<ContactRow>): void {
    if (!state.contact) return;
    state.contact = { ...state.contact, ...patch };
    this.dirtyContacts.set(state.contact.id, state.contact);
  }

  consumeInbound(id: string): void {
    this.consumed.push(id);
  }

  setTimer(state: ConversationState, timer: ConversationState["timers"][number]): void {
    state.timers = [...state.timers.filter((t) => t.timerId !== timer.timerId), timer].sort(
      (a, b) => a.fireAt.getTime() - b.fireAt.getTime(),
    );
    this.timerChanges.set(`${state.conv.id}\n${timer.timerId}`, {
      op: "upsert",
      conversationId: state.conv.id,
      ...timer,
    });
  }

  deleteTimer(state: ConversationState, timerId: string): void {
    state.timers = state.timers.filter((t) => t.timerId !== timerId);
    this.timerChanges.set(`${state.conv.id}\n${timerId}`, {
      op: "delete",
      conversationId: state.conv.id,
      timerId,
    });
  }

  /** Schedules a wake-up at `at` if none is due by then; returns the conversation's wake time. */
  scheduleWake(conv: ConversationRow, at: Date | null): Date | null {
    const current = conv.wakeAt && conv.wakeAt.getTime() > this.rt.now() ? conv.wakeAt : null;
    if (!at || (current && current <= at)) return current;
    this.wakes.push({
      job: { kind: "drain", channelId: conv.channelId, contactKey: conv.contactKey },
      at,
    });
    return at;
  }

  /** A drain or send at a later time (a skipped contact, an effect claimed elsewhere). */
  wakeLater(job: WakeJob, at: Date): void {
    this.wakes.push({ job, at });
  }

  /** Conversations that got messages to send in this transaction. */
  get sendTargets(): string[] {
    return [...this.sends];
  }

  private updateContact(
    state: ConversationState,
    effect: Extract<Effect, { type: "contact_update" }>,
  ) {
    const row = state.contact;
    if (!row) return;
    const tags = new Set(row.tags);
    for (const tag of effect.addTags) tags.add(tag);
    for (const tag of effect.removeTags) tags.delete(tag);
    const { patch } = effect;
    this.contactChanged(state, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
      ...(patch.address !== undefined ? { address: patch.address } : {}),
      fields: { ...row.fields, ...(patch.fields ?? {}) },
      tags: [...tags],
      ...(effect.optIn !== undefined ? { optIn: effect.optIn } : {}),
    });
  }

  /** Stores everything collected, in the caller's transaction. */
  async flush(tx: Tx): Promise<void> {
    if (this.outbox.length > 0) {
      await tx
        .insert(outboundMessages)
        .values(this.outbox)
        .onConflictDoNothing({ target: outboundMessages.idempotencyKey });
    }
    await this.flushTimers(tx);
    for (const contact of this.dirtyContacts.values()) {
      await tx
        .update(contacts)
        .set({
          key: contact.key,
          waId: contact.waId,
          name: contact.name,
          email: contact.email,
          phone: contact.phone,
          address: contact.address,
          fields: contact.fields,
          tags: contact.tags,
          optIn: contact.optIn,
          updatedAt: sql`now()`,
        })
        .where(eq(contacts.id, contact.id));
    }
    await this.flushConversations(tx);
    if (this.consumed.length > 0) {
      await tx
        .update(inboundMessages)
        .set({ status: "processed", processedAt: sql`now()` })
        .where(inArray(inboundMessages.id, this.consumed));
    }
    const { queue } = this.rt;
    if (this.sends.size > 0) await queue.enqueueSends(tx, [...this.sends]);
    if (this.wakes.length > 0) await queue.enqueueWakes(tx, this.wakes);
  }

  private async flushTimers(tx: Tx): Promise<void> {
    const changes = [...this.timerChanges.values()];
    const deleted = changes.filter((c) => c.op === "delete");
    if (deleted.length > 0) {
      await tx
        .delete(conversationTimers)
        .where(
          or(
            ...deleted.map((c) =>
              and(
                eq(conversationTimers.conversationId, c.conversationId),
                eq(conversationTimers.timerId, c.timerId),
              ),
            ),
          ),
        );
    }
    const upserts = changes.flatMap((c) => (c.op === "upsert" ? [c] : []));
    if (upserts.length > 0) {
      await tx
        .insert(conversationTimers)
        .values(
          upserts.map((c) => ({
            conversationId: c.conversationId,
            timerId: c.timerId,
            kind: c.kind,
            fireAt: c.fireAt,
          })),
        )
        .onConflictDoUpdate({
          target: [conversationTimers.conversationId, conversationTimers.timerId],
          set: { fireAt: sql`excluded.fire_at`, kind: sql`excluded.kind` },
        });
    }
  }

  /**
   * One statement for every changed conversation: an upsert of rows that all exist is an update
   * of many rows at once, with the column types drizzle already knows.
   */
  private async flushConversations(tx: Tx): Promise<void> {
    const rows = [...this.dirtyConversations.values()].map(({ conv }) => conv);
    if (rows.length === 0) return;
    await tx
      .insert(conversations)
      .values(rows)
      .onConflictDoUpdate({
        target: conversations.id,
        set: {
          contactKey: sql`excluded.contact_key`,
          status: sql`excluded.status`,
          flowId: sql`excluded.flow_id`,
          flowVersionId: sql`excluded.flow_version_id`,
          session: sql`excluded.session`,
          pendingEffect: sql`excluded.pending_effect`,
          effectClaimedUntil: sql`excluded.effect_claimed_until`,
          wakeAt: sql`excluded.wake_at`,
          steps: sql`excluded.steps`,
          windowExpiresAt: sql`excluded.window_expires_at`,
          lastInboundAt: sql`excluded.last_inbound_at`,
          updatedAt: sql`now()`,
        },
      });
  }
}
