/**
 * The safety net under the queue: finds work whose job went missing (a crash between a commit
 * and its job, a worker killed mid-job, a claim that expired) and queues it again. Jobs are
 * only wake-ups and every handler is idempotent, so a spare job costs nothing.
 */
import { and, inArray, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import {
  conversations,
  conversationTimers,
  inboundMessages,
  outboundMessages,
} from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import type { DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";

const BATCH = 1_000;

export interface SweepResult {
  drains: number;
  sends: number;
}

/** `olderThanMs`: leave alone work younger than this (its own job is most likely on its way). */
export async function sweep(rt: Runtime, olderThanMs: number): Promise<SweepResult> {
  const before = sql`now() - ${`${Math.max(0, Math.round(olderThanMs))} milliseconds`}::interval`;
  const targets = new Map<string, DrainTarget>();
  const add = (t: DrainTarget) => targets.set(`${t.channelId}:${t.contactKey}`, t);

  const pending = await rt.db
    .selectDistinct({
      channelId: inboundMessages.channelId,
      contactKey: inboundMessages.contactKey,
    })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.status, "pending"), lt(inboundMessages.receivedAt, before)))
    .limit(BATCH);
  pending.forEach(add);

  const overdue = await rt.db
    .selectDistinct({ channelId: conversations.channelId, contactKey: conversations.contactKey })
    .from(conversationTimers)
    .innerJoin(conversations, eq(conversations.id, conversationTimers.conversationId))
    .where(lt(conversationTimers.fireAt, before))
    .limit(BATCH);
  overdue.forEach(add);

  const effects = await rt.db
    .select({ channelId: conversations.channelId, contactKey: conversations.contactKey })
    .from(conversations)
    .where(
      and(
        isNotNull(conversations.pendingEffect),
        lt(conversations.updatedAt, before),
        or(
          isNull(conversations.effectClaimedUntil),
          lt(conversations.effectClaimedUntil, sql`now()`),
        ),
      ),
    )
    .limit(BATCH);
  effects.forEach(add);

  const sends = await rt.db
    .selectDistinct({ conversationId: outboundMessages.conversationId })
    .from(outboundMessages)
    .where(
      and(
        inArray(outboundMessages.status, ["queued", "sending"]),
        lt(outboundMessages.nextAttemptAt, before),
        or(isNull(outboundMessages.claimedUntil), lt(outboundMessages.claimedUntil, sql`now()`)),
      ),
    )
    .limit(BATCH);

  // Each announces itself (queue/wake-bus): the workers fetch at once.
  await rt.queue.enqueueDrains(rt.db, [...targets.values()]);
  await rt.queue.enqueueSends(
    rt.db,
    sends.map((s) => s.conversationId),
  );
  return { drains: targets.size, sends: sends.length };
}

/**
 * Claims left by a process that is gone: with the embedded database this process is the only
 * one, so at start every claim is stale and is released at once instead of waiting it out.
 */
export async function releaseAllClaims(rt: Runtime): Promise<void> {
  await rt.db
    .update(outboundMessages)
    .set({ status: "queued", claimedUntil: null })
    .where(eq(outboundMessages.status, "sending"));
  await rt.db
    .update(conversations)
    .set({ effectClaimedUntil: null })
    .where(isNotNull(conversations.effectClaimedUntil));
}
