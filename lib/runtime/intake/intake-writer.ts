/**
 * Group commit for webhook intake. Concurrent webhook requests hand their rows to one writer;
 * while a transaction is being written the next requests gather, and the writer stores all of
 * them in ONE transaction (inbound rows, statuses, logged events and the drain jobs together).
 * Each request still answers only after its rows are committed, so a 200 keeps meaning "stored
 * and scheduled" — it just shares the commit with its neighbours. If a shared transaction fails,
 * each request's rows are retried alone, so one bad delivery never fails another.
 */
import { inboundMessages, webhookEvents } from "@/lib/db/schema";
import type { Tx } from "@/lib/db";
import { drainKey, type DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { recordStatuses, type StatusToRecord } from "./record-statuses";

export type InboundRow = typeof inboundMessages.$inferInsert;
export type WebhookEventRow = typeof webhookEvents.$inferInsert;

export interface IntakeBatch {
  inbound: InboundRow[];
  statuses: StatusToRecord[];
  logged: WebhookEventRow[];
}

interface Waiting {
  batch: IntakeBatch;
  resolve: (stored: number) => void;
  reject: (error: unknown) => void;
}

/** Rows per INSERT statement (PostgreSQL allows 65,535 parameters; an inbound row has 11). */
const CHUNK = 1_000;

async function writeAll(tx: Tx, rt: Runtime, batches: IntakeBatch[]): Promise<number[]> {
  // One statement per table for all the requests sharing this commit, not one per request.
  const inbound = batches.flatMap((b) => b.inbound);
  const fresh = new Set<string>();
  const targets = new Map<string, DrainTarget>();
  for (let i = 0; i < inbound.length; i += CHUNK) {
    const rows = await tx
      .insert(inboundMessages)
      .values(inbound.slice(i, i + CHUNK))
      .onConflictDoNothing({ target: [inboundMessages.channelId, inboundMessages.wamid] })
      .returning({
        channelId: inboundMessages.channelId,
        contactKey: inboundMessages.contactKey,
        wamid: inboundMessages.wamid,
      });
    for (const row of rows) {
      fresh.add(`${row.channelId}\n${row.wamid}`);
      targets.set(drainKey(row), row);
    }
  }
  // A 131047 failure reported by status: the window-closed notice is drained like a message.
  const notices = await recordStatuses(
    tx,
    batches.flatMap((b) => b.statuses),
  );
  for (const row of notices) targets.set(drainKey(row), row);
  const logged = batches.flatMap((b) => b.logged);
  if (logged.length > 0) await tx.insert(webhookEvents).values(logged);
  // A contact's first message waits out the reorder window, in case an earlier one is on its way.
  const dueAt = new Date(rt.now() + rt.config.reorderWindowMs);
  await rt.queue.enqueueDrains(
    tx,
    [...targets.values()].map(({ channelId, contactKey }) => ({ channelId, contactKey })),
    dueAt,
  );
  // Each request learns how many of its own messages were new (a redelivery stores none).
  const claimed = new Set<string>();
  return batches.map(
    (b) =>
      b.inbound.filter((row) => {
        const key = `${row.channelId}\n${row.wamid}`;
        if (!fresh.has(key) || claimed.has(key)) return false;
        claimed.add(key);
        return true;
      }).length,
  );
}

export interface IntakeWriter {
  write(batch: IntakeBatch): Promise<number>;
}

/**
 * Transactions in flight at once: while one commits, the next gathers and starts, so a slow
 * commit does not stall intake; the waiting requests of each one share its commit.
 */
const PARALLEL_FLUSHES = 3;

export function createIntakeWriter(rt: Runtime): IntakeWriter {
  let queue: Waiting[] = [];
  let active = 0;

  async function flush(taken: Waiting[]): Promise<void> {
    try {
      const stored = await rt.db.transaction((tx) =>
        writeAll(
          tx,
          rt,
          taken.map((w) => w.batch),
        ),
      );
      taken.forEach((w, i) => w.resolve(stored[i] ?? 0));
    } catch (error) {
      if (taken.length === 1) {
        taken[0]?.reject(error);
        return;
      }
      // Alone, each request succeeds or fails on its own rows.
      for (const w of taken) {
        try {
          const [stored] = await rt.db.transaction((tx) => writeAll(tx, rt, [w.batch]));
          w.resolve(stored ?? 0);
        } catch (single) {
          w.reject(single);
        }
      }
    }
  }

  function pump(): void {
    while (active < PARALLEL_FLUSHES && queue.length > 0) {
      const taken = queue;
      queue = [];
      active += 1;
      void flush(taken).finally(() => {
        active -= 1;
        pump();
      });
    }
  }

  return {
    write(batch) {
      return new Promise<number>((resolve, reject) => {
        queue.push({ batch, resolve, reject });
        pump();
      });
    },
  };
}

const writers = new WeakMap<Runtime, IntakeWriter>();

/** The runtime's one writer (one per runtime object, so tests with several runtimes stay apart). */
export function intakeWriter(rt: Runtime): IntakeWriter {
  let writer = writers.get(rt);
  if (!writer) {
    writer = createIntakeWriter(rt);
    writers.set(rt, writer);
  }
  return writer;
}
