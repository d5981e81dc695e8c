/**
 * The runtime's jobs on pg-boss. Jobs only wake work up: the rows they point at (pending inbound,
 * queued outbox, armed timers) are the truth, so a duplicate job is harmless and a lost one is
 * found again by the sweep.
 *
 * - drain: process a contact's pending input (one job queued per contact: `short` policy);
 * - send:  send a conversation's outbox in order (one queued per conversation);
 * - wake:  a drain or send due later (a timer, a retry after back-off, an expired claim).
 */
import PgBoss from "pg-boss";
import type { Database, Executor } from "@/lib/db";
import { executorSql, type SqlRunner } from "./executor-sql";
import { QUEUES } from "./queues";
import { announceWake } from "./wake-bus";

export { QUEUES } from "./queues";

export interface DrainTarget {
  channelId: string;
  contactKey: string;
}

export type WakeJob =
  | { kind: "drain"; channelId: string; contactKey: string }
  | { kind: "send"; conversationId: string };

export interface RuntimeQueue {
  boss: PgBoss;
  /** Queue a drain of this contact, optionally not before `startAfter`. */
  enqueueDrain(executor: Executor, target: DrainTarget, startAfter?: Date): Promise<void>;
  /** Many drains in one statement (intake's group commit). */
  enqueueDrains(executor: Executor, targets: DrainTarget[], startAfter?: Date): Promise<void>;
  /** Sends of many conversations in one statement (a drained batch). */
  enqueueSends(executor: Executor, conversationIds: string[]): Promise<void>;
  /** Drains or sends at a later time (timers, retries), in one statement. */
  enqueueWakes(executor: Executor, wakes: { job: WakeJob; at: Date }[]): Promise<void>;
  /** Called by workers: poke local workers of a queue so they fetch now instead of at the next poll. */
  registerWorker(queue: string, workerId: string): void;
  notify(queue: string): void;
  /**
   * Pokes local workers of a queue in `delayMs`; wake-ups that overlap share one timer (the
   * earliest), so a burst of announcements makes one fetch, not one per request.
   */
  wakeSoon(queue: string, delayMs: number): void;
  stop(): Promise<void>;
}

/** From now until `at` (none: now), for a wake-up announcement. */
function delayUntil(at: Date | undefined): number {
  return at ? Math.max(0, at.getTime() - Date.now()) : 0;
}

export function drainKey(target: DrainTarget): string {
  return `${target.channelId}:${target.contactKey}`;
}

/**
 * A pg-boss on the app's own database handle (PGlite, or the postgres.js pool): its SQL runs
 * through drizzle like ours, so no second pool and no second driver.
 */
export function createBoss(database: Database): PgBoss {
  const viaDrizzle = executorSql(database.db);
  const db: SqlRunner = {
    async executeSql(text, values = []) {
      // pg-boss installs and migrates its schema with multi-statement scripts, which only the
      // simple protocol accepts.
      if (values.length === 0 && /;\s*\S/.test(text)) {
        await database.execScript(text);
        return { rows: [] };
      }
      return viaDrizzle.executeSql(text, values);
    },
  };
  return new PgBoss({
    db,
    schema: "pgboss",
    // The sweep and our claims recover crashed work; pg-boss's own expiry is a second net.
    expireInSeconds: 5 * 60,
    retryLimit: 10,
    retryDelay: 1,
    retryBackoff: true,
    archiveCompletedAfterSeconds: 60 * 60,
    deleteAfterDays: 2,
    maintenanceIntervalSeconds: 120,
    schedule: false,
  });
}

export async function startQueue(boss: PgBoss): Promise<RuntimeQueue> {
  boss.on("error", (error) => console.error("[sohbet] queue error:", error.message));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    const policy = name === QUEUES.wake ? "standard" : "short";
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy });
  }
  const workers = new Map<string, string[]>();
  const notify = (queue: string) => {
    for (const id of workers.get(queue) ?? []) boss.notifyWorker(id);
  };
  const pending = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  const wakeSoon = (queue: string, delayMs: number) => {
    const at = Date.now() + delayMs;
    const earlier = pending.get(queue);
    if (earlier && earlier.at <= at) return;
    if (earlier) clearTimeout(earlier.timer);
    const timer = setTimeout(() => {
      pending.delete(queue);
      notify(queue);
    }, delayMs);
    timer.unref();
    pending.set(queue, { at, timer });
  };
  return {
    boss,
    async enqueueDrain(executor, target, startAfter) {
      const options: PgBoss.SendOptions = {
        singletonKey: drainKey(target),
        db: executorSql(executor),
      };
      if (startAfter) options.startAfter = startAfter;
      await boss.send(QUEUES.drain, { ...target }, options);
      await announceWake(executor, QUEUES.drain, delayUntil(startAfter));
    },
    async enqueueDrains(executor, targets, startAfter) {
      if (targets.length === 0) return;
      await boss.insert(
        targets.map((target) => ({
          name: QUEUES.drain,
          data: { ...target },
          singletonKey: drainKey(target),
          ...(startAfter ? { startAfter: startAfter.toISOString() } : {}),
        })),
        { db: executorSql(executor) },
      );
      await announceWake(executor, QUEUES.drain, delayUntil(startAfter));
    },
    async enqueueSends(executor, conversationIds) {
      if (conversationIds.length === 0) return;
      await boss.insert(
        conversationIds.map((conversationId) => ({
          name: QUEUES.send,
          data: { conversationId },
          singletonKey: conversationId,
        })),
        { db: executorSql(executor) },
      );
      await announceWake(executor, QUEUES.send, 0);
    },
    async enqueueWakes(executor, wakes) {
      if (wakes.length === 0) return;
      await boss.insert(
        wakes.map(({ job, at }) => ({
          name: QUEUES.wake,
          data: { ...job },
          startAfter: at.toISOString(),
        })),
        { db: executorSql(executor) },
      );
    },
    registerWorker(queue, workerId) {
      workers.set(queue, [...(workers.get(queue) ?? []), workerId]);
    },
    notify,
    wakeSoon,
    async stop() {
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
