/**
 * Drain jobs: steps a batch of contacts until nothing is left to do. Each round is one
 * transaction for the whole batch (step-batch.ts); HTTP effects run between rounds, outside any
 * transaction (a slow shop API must not hold the database), all of the batch's at once, and
 * resume their engines afterwards. If a shared round fails, each contact is drained on its own,
 * so one contact's trouble never holds up the others. After each round commits, the messages it
 * handled are marked read (sender/send-read-receipts.ts).
 */
import { performHttp } from "../effects/perform-http";
import { drainKey, type DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { sendReadReceipts } from "../sender/send-read-receipts";
import { applyEffectResult, stepBatch } from "./step-batch";

/** Rounds per job before it hands over to a fresh job (keeps chatty contacts from hogging a worker). */
const MAX_ROUNDS_PER_JOB = 20;

export async function drainContacts(rt: Runtime, targets: DrainTarget[]): Promise<void> {
  let active = dedupe(targets);
  for (let round = 0; round < MAX_ROUNDS_PER_JOB && active.length > 0; round += 1) {
    let outcomes;
    try {
      const result = await stepBatch(rt, active);
      outcomes = result.outcomes;
      // Committed: the customer may see the blue ticks now (best effort, never awaited).
      sendReadReceipts(rt, result.reads);
    } catch (error) {
      if (active.length === 1) throw error;
      // Alone, each contact succeeds or fails on its own.
      const results = await Promise.allSettled(active.map((t) => drainContacts(rt, [t])));
      const failed = results.find((r) => r.status === "rejected");
      if (failed) throw failed.reason;
      return;
    }
    const next: DrainTarget[] = [];
    await Promise.all(
      active.map(async (target) => {
        const outcome = outcomes.get(drainKey(target));
        if (!outcome || outcome.kind === "idle") return;
        if (outcome.kind === "effect") {
          const result = await performHttp(outcome.effect, {
            allowPrivate: outcome.allowPrivateHttp,
          });
          await applyEffectResult(rt, outcome.conversationId, outcome.effect.effectId, result);
        }
        next.push(target);
      }),
    );
    active = next;
  }
  if (active.length > 0) await rt.queue.enqueueDrains(rt.db, active, new Date(rt.now()));
}

/** One contact's drain, e.g. for a test or a retried job. */
export function drainContact(rt: Runtime, target: DrainTarget): Promise<void> {
  return drainContacts(rt, [target]);
}

function dedupe(targets: DrainTarget[]): DrainTarget[] {
  return [...new Map(targets.map((t) => [drainKey(t), t])).values()];
}
