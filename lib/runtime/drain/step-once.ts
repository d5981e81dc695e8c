/**
 * One engine step of one contact, in one transaction under the conversation's row lock. The
 * input is chosen in this order: the result of an awaited effect (the engine must not see new
 * messages while it waits on one), a timer that is due, then the oldest pending message by the
 * customer's timestamp.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import { contacts, conversations, conversationTimers } from "@/lib/db/schema";
import {
  inboundMessageSchema,
  type EffectResult,
  type EngineInput,
  type HttpRequestEffect,
  type InboundMessage,
} from "@/lib/flow";
import { privateHttpAllowed } from "../effects/private-http-policy";
import type { DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { applyWindowClosed, WINDOW_CLOSED_NOTICE } from "./apply-window-closed";
import {
  contactRefOf,
  ensureConversation,
  loadContact,
  lockConversation,
  lockConversationById,
  takePendingInbound,
  type ConversationRow,
} from "./conversation-row";
import { liveFlows, pinnedVersion } from "./flow-cache";
import { httpRequestEffectSchemaForRuntime } from "./pending-effect";
import { routeMessage } from "./route-message";
import { runningSession } from "./running-session";
import { runEngine } from "./run-engine";
import { scheduleWake, writeStep } from "./write-step";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long past its own timeout an HTTP effect stays claimed by the worker running it. */
const EFFECT_CLAIM_MARGIN_MS = 15_000;

export type StepOutcome =
  | { kind: "idle" }
  | { kind: "stepped" }
  | {
      kind: "effect";
      conversationId: string;
      effect: HttpRequestEffect;
      /** Whether it may call private addresses, as of the moment it was claimed. */
      allowPrivateHttp: boolean;
    }
  | { kind: "busy"; until: Date };

export function stepOnce(rt: Runtime, target: DrainTarget): Promise<StepOutcome> {
  return rt.db.transaction(async (tx): Promise<StepOutcome> => {
    let conv = await lockConversation(tx, target.channelId, target.contactKey);
    const now = rt.now();
    if (conv) {
      const session = runningSession(conv);
      if (conv.pendingEffect !== null && session?.wait?.kind === "effect") {
        const effect = httpRequestEffectSchemaForRuntime.safeParse(conv.pendingEffect);
        if (effect.success && effect.data.effectId === session.wait.effectId) {
          if (conv.effectClaimedUntil && conv.effectClaimedUntil.getTime() > now) {
            return { kind: "busy", until: conv.effectClaimedUntil };
          }
          await tx
            .update(conversations)
            .set({
              effectClaimedUntil: new Date(now + effect.data.timeoutMs + EFFECT_CLAIM_MARGIN_MS),
            })
            .where(eq(conversations.id, conv.id));
          // Read with the claim, not cached: an owner switching it off must stop the next call.
          const workspaceAllows = await rt.sources.workspaces.allowsPrivateHttp(
            tx,
            conv.workspaceId,
          );
          return {
            kind: "effect",
            conversationId: conv.id,
            effect: effect.data,
            allowPrivateHttp: privateHttpAllowed(rt.config.privateHttp, workspaceAllows),
          };
        }
      }
      const [timer] = await tx
        .select()
        .from(conversationTimers)
        .where(eq(conversationTimers.conversationId, conv.id))
        .orderBy(asc(conversationTimers.fireAt))
        .limit(1);
      if (timer && timer.fireAt.getTime() <= now) {
        await tx.delete(conversationTimers).where(eq(conversationTimers.id, timer.id));
        await continueSession(tx, rt, conv, { type: "timer", timerId: timer.timerId });
        return { kind: "stepped" };
      }
      if (timer && !(conv.wakeAt && conv.wakeAt.getTime() > now)) {
        // The wake-up that brought us here was for a timer since moved later: wake at its time.
        const wakeAt = await scheduleWake(tx, rt, conv, timer.fireAt);
        await tx.update(conversations).set({ wakeAt }).where(eq(conversations.id, conv.id));
        conv = { ...conv, wakeAt };
      }
    }

    const inbound = await takePendingInbound(tx, target.channelId, target.contactKey);
    if (!inbound) return { kind: "idle" };
    conv ??= await ensureConversation(tx, {
      workspaceId: inbound.workspaceId,
      channelId: inbound.channelId,
      contact: contactRefOf(inbound.contact, inbound.contactKey),
    });
    if (inbound.kind === "system") {
      const here = conv;
      await (inbound.type === WINDOW_CLOSED_NOTICE
        ? applyWindowClosed(tx, here, inbound.sentAt, (input) =>
            continueSession(tx, rt, here, input),
          )
        : applySystemNotice(tx, here, inbound.type, inbound.payload));
      return { kind: "stepped" };
    }
    const message = inboundMessageSchema.safeParse(inbound.payload);
    if (message.success) await handleMessage(tx, rt, conv, message.data);
    return { kind: "stepped" };
  });
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
    await continueSession(tx, rt, conv, { type: "effect_result", effectId, result });
  });
}

async function continueSession(
  tx: Tx,
  rt: Runtime,
  conv: ConversationRow,
  input: EngineInput,
): Promise<void> {
  const session = runningSession(conv);
  if (!session || !conv.flowVersionId) return;
  const pinned = await pinnedVersion(rt.sources.flows, tx, conv.flowVersionId);
  if (!pinned) return;
  const run = await runEngine(tx, rt, {
    conv,
    contact: await loadContact(tx, conv.contactId),
    flow: pinned.flow,
    flowId: pinned.flowId,
    session,
    input,
    windowOpenUntil: conv.windowExpiresAt?.getTime(),
  });
  await writeStep(tx, rt, conv, run);
}

async function handleMessage(
  tx: Tx,
  rt: Runtime,
  conv: ConversationRow,
  message: InboundMessage,
): Promise<void> {
  const windowOpenUntil = Math.max(
    conv.windowExpiresAt?.getTime() ?? 0,
    message.timestamp + DAY_MS,
  );
  const window = {
    windowExpiresAt: new Date(windowOpenUntil),
    lastInboundAt: new Date(message.timestamp),
  };
  const contact = await loadContact(tx, conv.contactId);
  const input: EngineInput = { type: "message", message };
  const session = runningSession(conv);
  if (session && conv.flowVersionId) {
    const pinned = await pinnedVersion(rt.sources.flows, tx, conv.flowVersionId);
    if (pinned) {
      const run = await runEngine(tx, rt, {
        conv,
        contact,
        flow: pinned.flow,
        flowId: pinned.flowId,
        session,
        input,
        windowOpenUntil,
      });
      await writeStep(tx, rt, conv, { ...run, ...window });
      return;
    }
  }
  const routed = routeMessage(
    await liveFlows(rt.sources.flows, tx, conv.channelId, rt.now()),
    message,
  );
  if (routed) {
    const run = await runEngine(tx, rt, {
      conv,
      contact,
      flow: routed.flow,
      flowId: routed.live.flowId,
      session: null,
      input,
      windowOpenUntil,
    });
    const pinTo = run.session
      ? { flowId: routed.live.flowId, versionId: routed.live.versionId }
      : undefined;
    await writeStep(tx, rt, conv, { ...run, ...window, ...(pinTo ? { pinTo } : {}) });
    return;
  }
  // No flow wants it: the channel's default reply, or silence.
  const channel = await rt.sources.channels.forWebhook(tx, conv.channelId);
  const reply = channel?.unmatchedReply?.trim();
  const answerable = message.kind !== "reaction" && message.kind !== "unknown";
  await writeStep(tx, rt, conv, {
    session: null,
    outbox: reply && answerable ? [{ type: "text", text: reply }] : [],
    effects: [],
    ...window,
  });
}

/**
 * `user_changed_number`: the customer now writes from another number. The contact (and its
 * conversation) follow them, unless that number is already a contact of the workspace.
 */
async function applySystemNotice(
  tx: Tx,
  conv: ConversationRow,
  type: string,
  payload: unknown,
): Promise<void> {
  if (type !== "user_changed_number") return;
  const newWaId =
    typeof payload === "object" && payload !== null && "newWaId" in payload
      ? payload.newWaId
      : undefined;
  if (typeof newWaId !== "string" || newWaId === "" || newWaId === conv.contactKey) return;
  const [taken] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, conv.workspaceId), eq(contacts.key, newWaId)));
  if (taken) return;
  await tx
    .update(contacts)
    .set({ key: newWaId, waId: newWaId, updatedAt: sql`now()` })
    .where(eq(contacts.id, conv.contactId));
  await tx
    .update(conversations)
    .set({ contactKey: newWaId, updatedAt: sql`now()` })
    .where(eq(conversations.id, conv.id));
}
