/**
 * A drain job: steps one contact's conversation until nothing is left to do. Each step is its
 * own transaction under the conversation lock; HTTP effects run between steps, outside any
 * transaction (a slow shop API must not hold the database), and resume the engine afterwards.
 */
import { performHttp } from "../effects/perform-http";
import type { DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { applyEffectResult, stepOnce } from "./step-once";

/** Steps per job before it hands over to a fresh job (keeps one chatty contact from hogging a worker). */
const MAX_STEPS_PER_JOB = 200;

export async function drainContact(rt: Runtime, target: DrainTarget): Promise<void> {
  for (let i = 0; i < MAX_STEPS_PER_JOB; i += 1) {
    const outcome = await stepOnce(rt, target);
    switch (outcome.kind) {
      case "idle":
        return;
      case "stepped":
        continue;
      case "busy":
        // Another worker runs this contact's effect; look again once its claim has expired.
        await rt.queue.enqueueWake(rt.db, { kind: "drain", ...target }, outcome.until);
        return;
      case "effect": {
        const result = await performHttp(outcome.effect, {
          allowPrivate: outcome.allowPrivateHttp,
        });
        await applyEffectResult(rt, outcome.conversationId, outcome.effect.effectId, result);
        continue;
      }
    }
  }
  await rt.queue.enqueueDrain(rt.db, target);
}
