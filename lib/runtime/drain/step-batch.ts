/**
 * Engine steps for many contacts in ONE transaction. Each contact's conversation row is locked
 * (FOR UPDATE SKIP LOCKED: a contact another worker holds is left to that worker), which keeps a
 * contact's steps from ever interleaving, whichever worker or instance runs them. Per contact
 * the input is chosen in this order: the result of an awaited effect (the engine must not see
 * new messages while it waits on one), a timer that is due, then the oldest pending message by
 * the customer's timestamp — and steps repeat until the contact is idle. Everything is read in
 * a few statements up front and written in a few at the end (step-writer.ts), so the cost of a
 * batch hardly grows with the number of contacts in it. It also tells, per contact, the last
 * customer message the round consumed, for the read receipt sent after the commit.
 */
import { asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import { contacts, conversations, conversationTimers, inboundMessages } from "@/lib/db/schema";
import {
  inboundMessageSchema,
  type EffectResult,
  type EngineInput,
  type HttpRequestEffect,
} from "@/lib/flow";
import { privateHttpAllowed } from "../effects/private-http-policy";
import { drainKey, type DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { applySystemNotice } from "./apply-system-notice";
import { applyWindowClosed, WINDOW_CLOSED_NOTICE } from "./apply-window-closed";
import { lockConversationById, loadContact, type ConversationRow } from "./conversation-row";
import { ensureConversations } from "./ensure-conversations";
import { handleMessage } from "./handle-message";
import { continueSession } from "./continue-session";
import { httpRequestEffectSchemaForRuntime } from "./pending-effect";
import { runningSession } from "./running-session";
import { pendingInboundOf, targetsWhere } from "./targets-where";
import { StepWriter, type ConversationState } from "./step-writer";

/** How long past its own timeout an HTTP effect stays claimed by the worker running it. */
const EFFECT_CLAIM_MARGIN_MS = 15_000;
/** Steps of one contact per transaction; a chattier contact goes on in the next round. */
const MAX_STEPS_PER_ROUND = 25;
/** A contact held by another worker is looked at again after this, in case it was missed. */
const SKIPPED_RETRY_MS = 1_000;

export type StepOutcome =
  | { kind: "idle" }
  | { kind: "more" }
  | {
      kind: "effect";
      conversationId: string;
      effect: HttpRequestEffect;
      /** Whether it may call private addresses, as of the moment it was claimed. */
      allowPrivateHttp: boolean;
    };

/** A customer message to mark read once the round has committed; `typing` when a reply is coming. */
export interface ReadReceipt {
  channelId: string;
  wamid: string;
  typing: boolean;
}

export interface BatchResult {
  outcomes: Map<string, StepOutcome>;
  /** At most one per contact: marking the last message read marks the earlier ones too. */
  reads: ReadReceipt[];
}

type InboundRow = typeof inboundMessages.$inferSelect;

export async function stepBatch(rt: Runtime, targets: DrainTarget[]): Promise<BatchResult> {
  await ensureConversations(rt.db, targets);
  return rt.db.transaction(async (tx) => {
    const outcomes = new Map<string, StepOutcome>();
    const lastMessage = new Map<string, string>();
    const writer = new StepWriter(rt);
    const locked = await tx
      .select()
      .from(conversations)
      .where(targetsWhere(targets, conversations.channelId, conversations.contactKey))
      .orderBy(asc(conversations.id))
      .for("update", { skipLocked: true });
    const held = new Set(locked.map((c) => drainKey(c)));
    for (const target of targets) {
      if (held.has(drainKey(target))) continue;
      outcomes.set(drainKey(target), { kind: "idle" });
      writer.wakeLater({ kind: "drain", ...target }, new Date(rt.now() + SKIPPED_RETRY_MS));
    }
    if (locked.length === 0) {
      await writer.flush(tx);
      return { outcomes, reads: [] };
    }

    const [pending, timers, contactRows] = await loadBatchInputs(tx, locked);
    for (const conv of locked) {
      const state: ConversationState = {
        conv,
        contact: contactRows.find((c) => c.id === conv.contactId) ?? null,
        timers: timers
          .filter((t) => t.conversationId === conv.id)
          .map(({ timerId, kind, fireAt }) => ({ timerId, kind, fireAt })),
      };
      const inbox = pending.filter(
        (p) => p.channelId === conv.channelId && p.contactKey === conv.contactKey,
      );
      const read = (wamid: string) => lastMessage.set(conv.id, wamid);
      outcomes.set(drainKey(conv), await stepContact(tx, rt, writer, state, inbox, read));
    }
    await writer.flush(tx);
    const replying = new Set(writer.sendTargets);
    const reads = locked.flatMap((conv) => {
      const wamid = lastMessage.get(conv.id);
      if (wamid === undefined) return [];
      // An HTTP call in progress means its answer is on the way.
      const typing = replying.has(conv.id) || outcomes.get(drainKey(conv))?.kind === "effect";
      return [{ channelId: conv.channelId, wamid, typing }];
    });
    return { outcomes, reads };
  });
}

function loadBatchInputs(tx: Tx, locked: ConversationRow[]) {
  return Promise.all([
    tx
      .select()
      .from(inboundMessages)
      .where(pendingInboundOf(locked))
      .orderBy(
        asc(inboundMessages.sentAt),
        asc(inboundMessages.receivedAt),
        asc(inboundMessages.wamid),
      ),
    tx
      .select()
      .from(conversationTimers)
      .where(
        inArray(
          conversationTimers.conversationId,
          locked.map((c) => c.id),
        ),
      )
      .orderBy(asc(conversationTimers.fireAt)),
    tx
      .select()
      .from(contacts)
      .where(inArray(contacts.id, [...new Set(locked.map((c) => c.contactId))])),
  ]);
}

/** Steps one locked contact until it is idle, waits on an HTTP effect, or had its share. */
async function stepContact(
  tx: Tx,
  rt: Runtime,
  writer: StepWriter,
  state: ConversationState,
  inbox: InboundRow[],
  read: (wamid: string) => void,
): Promise<StepOutcome> {
  for (let i = 0; i < MAX_STEPS_PER_ROUND; i += 1) {
    const now = rt.now();
    const { conv } = state;
    const session = runningSession(conv);
    if (conv.pendingEffect !== null && session?.wait?.kind === "effect") {
      const effect = httpRequestEffectSchemaForRuntime.safeParse(conv.pendingEffect);
      if (effect.success && effect.data.effectId === session.wait.effectId) {
        if (conv.effectClaimedUntil && conv.effectClaimedUntil.getTime() > now) {
          // Another worker runs it; look again once its claim has expired.
          writer.wakeLater(
            { kind: "drain", channelId: conv.channelId, contactKey: conv.contactKey },
            conv.effectClaimedUntil,
          );
          return { kind: "idle" };
        }
        writer.changed(state, {
          effectClaimedUntil: new Date(now + effect.data.timeoutMs + EFFECT_CLAIM_MARGIN_MS),
        });
        // Read with the claim, not cached: an owner switching it off must stop the next call.
        const workspaceAllows = await rt.sources.workspaces.allowsPrivateHttp(tx, conv.workspaceId);
        return {
          kind: "effect",
          conversationId: conv.id,
          effect: effect.data,
          allowPrivateHttp: privateHttpAllowed(rt.config.privateHttp, workspaceAllows),
        };
      }
    }
    const timer = state.timers[0];
    if (timer && timer.fireAt.getTime() <= now) {
      writer.deleteTimer(state, timer.timerId);
      await continueSession(tx, rt, writer, state, { type: "timer", timerId: timer.timerId });
      continue;
    }
    if (timer && !(conv.wakeAt && conv.wakeAt.getTime() > now)) {
      // The wake-up that brought us here was for a timer since moved later: wake at its time.
      writer.changed(state, { wakeAt: writer.scheduleWake(conv, timer.fireAt) });
    }
    const inbound = inbox.shift();
    if (!inbound) return { kind: "idle" };
    writer.consumeInbound(inbound.id);
    if (inbound.kind === "system") {
      await (inbound.type === WINDOW_CLOSED_NOTICE
        ? applyWindowClosed(writer, state, inbound.sentAt, (input) =>
            continueSession(tx, rt, writer, state, input),
          )
        : applySystemNotice(tx, writer, state, inbound.type, inbound.payload));
      continue;
    }
    const message = inboundMessageSchema.safeParse(inbound.payload);
    if (!message.success) continue;
    await handleMessage(tx, rt, writer, state, message.data);
    // A reaction is not a message the customer waits on an answer to.
    if (message.data.kind !== "reaction") read(inbound.wamid);
  }
  return { kind: "more" };
}

/** Resumes the session after its HTTP effect ran, unless it moved on meanwhile. */
export function applyEffectResult(
  rt: Runtime,
  conversationId: string,
  effectId: string,
  result: EffectResult,
): Promise<void> {
  return rt.db.transaction(async (tx) => {
    const conv = await lockConversationById(tx, conversationId);
    if (!conv) return;
    const session = runningSession(conv);
    if (session?.wait?.kind !== "effect" || session.wait.effectId !== effectId) return;
    const writer = new StepWriter(rt);
    const input: EngineInput = { type: "effect_result", effectId, result };
    const timers = await tx
      .select()
      .from(conversationTimers)
      .where(eq(conversationTimers.conversationId, conv.id))
      .orderBy(asc(conversationTimers.fireAt));
    const state: ConversationState = {
      conv,
      contact: await loadContact(tx, conv.contactId),
      timers: timers.map(({ timerId, kind, fireAt }) => ({ timerId, kind, fireAt })),
    };
    await continueSession(tx, rt, writer, state, input);
    await writer.flush(tx);
  });
}
