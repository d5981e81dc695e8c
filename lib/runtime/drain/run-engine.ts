/**
 * One call of the pure engine with everything the runtime knows (clock, contact, window,
 * sub-flows), plus the effects that are a database matter: a discount code is taken in the same
 * transaction and the engine resumed at once, so only HTTP calls leave the transaction.
 */
import {
  advance,
  createSeededRandom,
  type ContactSnapshot,
  type DiscountCodeEffect,
  type Effect,
  type EffectResult,
  type EngineContext,
  type EngineInput,
  type Flow,
  type OutboundMessage,
  type Session,
  type TraceEntry,
} from "@/lib/flow";
import type { Tx } from "@/lib/db";
import { takeDiscountCode } from "../effects/take-discount-code";
import type { Runtime } from "../runtime";
import type { ContactRow, ConversationRow } from "./conversation-row";
import { liveFlows, parsedVersion } from "./flow-cache";

/** Discount codes resolved inside one step before giving up (a flow that takes codes in a loop). */
const MAX_INLINE_EFFECTS = 10;

export interface EngineRun {
  session: Session | null;
  outbox: OutboundMessage[];
  effects: Effect[];
  trace: TraceEntry[];
}

export function contactSnapshot(contact: ContactRow | null): ContactSnapshot {
  if (!contact) return { tags: [], fields: {} };
  const snapshot: ContactSnapshot = { tags: contact.tags, fields: contact.fields };
  if (contact.waId) snapshot.waId = contact.waId;
  const name = contact.name ?? contact.profileName;
  if (name) snapshot.name = name;
  const phone = contact.phone ?? contact.waId;
  if (phone) snapshot.phone = phone;
  if (contact.email) snapshot.email = contact.email;
  if (contact.address) snapshot.address = contact.address;
  if (contact.optIn !== null) snapshot.optIn = contact.optIn;
  return snapshot;
}

export async function runEngine(
  tx: Tx,
  rt: Runtime,
  args: {
    conv: ConversationRow;
    contact: ContactRow | null;
    flow: Flow;
    flowId: string;
    session: Session | null;
    input: EngineInput;
    windowOpenUntil: number | undefined;
  },
): Promise<EngineRun> {
  const { conv } = args;
  const live = await liveFlows(rt.sources.flows, tx, conv.channelId, rt.now());
  const subFlows = new Map<string, Flow>();
  for (const lf of live) {
    const parsed = parsedVersion(lf.versionId, lf.document);
    if (parsed) subFlows.set(lf.flowId, parsed);
  }
  const ctx: EngineContext = {
    now: rt.now(),
    random: createSeededRandom(`${conv.id}:${conv.steps + 1}`),
    contact: contactSnapshot(args.contact),
    flowId: args.flowId,
    flows: (id: string) => (id === args.flowId ? args.flow : subFlows.get(id)),
    ...(args.windowOpenUntil !== undefined ? { windowOpenUntil: args.windowOpenUntil } : {}),
  };
  const run = await advanceWithInlineEffects(args.flow, args.session, args.input, ctx, (effect) =>
    takeDiscountCode(tx, {
      workspaceId: conv.workspaceId,
      poolId: effect.poolId,
      effectId: effect.effectId,
      conversationId: conv.id,
    }),
  );
  for (const entry of run.trace) {
    if (entry.type === "error") console.warn(`[sohbet] engine: ${entry.code}`, conv.id);
  }
  return run;
}

/**
 * The engine call shared by every channel (live WhatsApp and the simulator's sandbox): advance,
 * then resolve discount codes at once and advance again, so only HTTP calls are left waiting.
 * `takeCode` is where the channels differ: the live pool, or the sandbox's look-alike codes.
 */
export async function advanceWithInlineEffects(
  flow: Flow,
  session: Session | null,
  input: EngineInput,
  ctx: EngineContext,
  takeCode: (effect: DiscountCodeEffect) => Promise<EffectResult>,
): Promise<EngineRun> {
  let result = advance(flow, session, input, ctx);
  const run: EngineRun = {
    session: result.session,
    outbox: [...result.outbox],
    effects: [...result.effects],
    trace: [...result.trace],
  };
  for (let i = 0; i < MAX_INLINE_EFFECTS; i += 1) {
    const wait = result.session?.wait;
    if (wait?.kind !== "effect" || wait.effect !== "discount_code") break;
    const effect = run.effects.find(
      (e) => e.type === "discount_code" && e.effectId === wait.effectId,
    );
    if (!effect || effect.type !== "discount_code") break;
    const code = await takeCode(effect);
    result = advance(
      flow,
      result.session,
      { type: "effect_result", effectId: effect.effectId, result: code },
      ctx,
    );
    run.session = result.session;
    run.outbox.push(...result.outbox);
    run.effects.push(...result.effects);
    run.trace.push(...result.trace);
  }
  return run;
}
