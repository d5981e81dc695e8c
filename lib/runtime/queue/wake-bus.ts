/**
 * Wakes the queue workers of every process as soon as there is work. pg-boss polls, and a worker
 * in another process — beside an intake-only listener, or another app instance — would see a new
 * drain only at its next poll, up to half a second later: most of a reply's delay. The writer
 * announces on a PostgreSQL channel inside its transaction (delivered only if it commits), and
 * each process with workers listens and pokes its own workers after the given delay. A lost
 * notification costs nothing but that delay: the poll still finds the job.
 */
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Executor } from "@/lib/db";
import { QUEUES, type QueueName } from "./queues";

export const WAKE_CHANNEL = "sohbet_wake";

const queueName = z.enum([QUEUES.drain, QUEUES.send, QUEUES.wake]);

/** The longest delay an announcement may ask for; later work is the poll's. */
const MAX_DELAY_MS = 60_000;

const wakeSchema = z.object({
  queue: queueName,
  delayMs: z.number().int().min(0).max(MAX_DELAY_MS),
});

/** Tells every listening process that `queue` has work in `delayMs` (once this transaction commits). */
export async function announceWake(
  executor: Executor,
  queue: QueueName,
  delayMs: number,
): Promise<void> {
  const payload = JSON.stringify({
    queue,
    delayMs: Math.min(MAX_DELAY_MS, Math.max(0, Math.round(delayMs))),
  });
  await executor.execute(sql`select pg_notify(${WAKE_CHANNEL}, ${payload})`);
}

/** Listens for announcements; `wake` is called with each well-formed one (others are ignored). */
export function listenForWakes(
  database: Database,
  wake: (queue: QueueName, delayMs: number) => void,
): Promise<() => Promise<void>> {
  return database.listen(WAKE_CHANNEL, (payload) => {
    let json: unknown;
    try {
      json = JSON.parse(payload);
    } catch {
      return;
    }
    const parsed = wakeSchema.safeParse(json);
    if (parsed.success) wake(parsed.data.queue, parsed.data.delayMs);
  });
}
