/**
 * The queue workers of one process: drains, sends and wake-ups, plus the periodic sweep. Drain
 * and send jobs are handled a batch at a time (one transaction per round for the whole batch);
 * a failing batch is retried by pg-boss with back-off. Announcements on the wake bus (another
 * process's intake, say) make them fetch at once instead of at the next poll.
 */
import { z } from "zod";
import { drainContacts } from "./drain/drain-contacts";
import { QUEUES } from "./queue/runtime-queue";
import { listenForWakes } from "./queue/wake-bus";
import type { Runtime } from "./runtime";
import { sendConversations } from "./sender/send-conversation";
import { releaseAllClaims, sweep } from "./sweep/sweep";

const drainJobSchema = z.object({ channelId: z.string(), contactKey: z.string() });
const sendJobSchema = z.object({ conversationId: z.string() });
const wakeJobSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("drain"), channelId: z.string(), contactKey: z.string() }),
  z.object({ kind: z.literal("send"), conversationId: z.string() }),
]);

export interface Workers {
  stop(): Promise<void>;
}

export async function startWorkers(rt: Runtime): Promise<Workers> {
  const { boss } = rt.queue;
  const poll = { pollingIntervalSeconds: 0.5 };
  const half = (n: number) => Math.max(1, Math.ceil(n / 2));
  const drainBatch = half(rt.config.drainJobsPerFetch);
  const sendBatch = half(rt.config.sendJobsPerFetch);
  /**
   * pg-boss waits out the polling interval after a batch unless notified; a full batch means
   * more work is likely waiting, so the queue's workers fetch again at once.
   */
  const againIfFull = (queue: string, fetched: number, batchSize: number) => {
    if (fetched >= batchSize) rt.queue.notify(queue);
  };
  for (let i = 0; i < 2; i += 1) {
    const drainId = await boss.work(
      QUEUES.drain,
      { ...poll, batchSize: drainBatch },
      async (jobs) => {
        // The whole batch is drained together: one transaction per round for all its contacts.
        const targets = jobs.flatMap((job) => {
          const parsed = drainJobSchema.safeParse(job.data);
          return parsed.success ? [parsed.data] : [];
        });
        // Its send jobs announce themselves (queue/wake-bus): the send workers fetch at once.
        await drainContacts(rt, targets);
        againIfFull(QUEUES.drain, jobs.length, drainBatch);
      },
    );
    rt.queue.registerWorker(QUEUES.drain, drainId);
    const sendId = await boss.work(
      QUEUES.send,
      { ...poll, batchSize: sendBatch },
      // The batch's conversations are sent together: a statement per round for all of them.
      async (jobs) => {
        await sendConversations(
          rt,
          jobs.flatMap((job) => {
            const parsed = sendJobSchema.safeParse(job.data);
            return parsed.success ? [parsed.data.conversationId] : [];
          }),
        );
        againIfFull(QUEUES.send, jobs.length, sendBatch);
      },
    );
    rt.queue.registerWorker(QUEUES.send, sendId);
  }
  // A batch of due wake-ups becomes drain and send jobs in two statements (each announced).
  const wakeId = await boss.work(QUEUES.wake, { ...poll, batchSize: 20 }, async (jobs) => {
    const due = jobs.flatMap((job) => {
      const parsed = wakeJobSchema.safeParse(job.data);
      return parsed.success ? [parsed.data] : [];
    });
    await rt.queue.enqueueDrains(
      rt.db,
      due.flatMap((w) =>
        w.kind === "drain" ? [{ channelId: w.channelId, contactKey: w.contactKey }] : [],
      ),
    );
    await rt.queue.enqueueSends(
      rt.db,
      due.flatMap((w) => (w.kind === "send" ? [w.conversationId] : [])),
    );
  });
  rt.queue.registerWorker(QUEUES.wake, wakeId);
  const unlisten = await listenForWakes(rt.database, (queue, delayMs) =>
    rt.queue.wakeSoon(queue, delayMs),
  );

  // At start nothing of ours runs yet: whatever is pending was left by a previous process.
  if (rt.database.kind === "pglite") await releaseAllClaims(rt);
  await sweep(rt, 0).catch((error: unknown) => console.error("[sohbet] sweep failed:", error));
  const timer = setInterval(() => {
    sweep(rt, 10_000).catch((error: unknown) => console.error("[sohbet] sweep failed:", error));
  }, rt.config.sweepIntervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await unlisten();
      await Promise.all([
        boss.offWork(QUEUES.drain),
        boss.offWork(QUEUES.send),
        boss.offWork(QUEUES.wake),
      ]);
    },
  };
}
