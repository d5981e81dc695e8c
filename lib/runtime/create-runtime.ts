import type { Database } from "@/lib/db";
import { createNumberRateLimiter } from "@/lib/whatsapp";
import { runtimeConfigFromEnv, type RuntimeConfig } from "./config";
import { createBoss, startQueue } from "./queue/runtime-queue";
import type { Runtime } from "./runtime";
import type { RuntimeSources } from "./sources";
import { startWorkers, type Workers } from "./workers";

export interface CreateRuntimeOptions {
  database: Database;
  sources: RuntimeSources;
  config?: Partial<RuntimeConfig>;
  /** Run the queue workers in this process. */
  workers: boolean;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface RunningRuntime extends Runtime {
  workers: Workers | null;
  stop(): Promise<void>;
}

export async function createRuntime(options: CreateRuntimeOptions): Promise<RunningRuntime> {
  // PGlite runs one transaction at a time, so bigger batches there only wait on each other.
  const batches =
    options.database.kind === "pglite"
      ? { drainJobsPerFetch: 16, sendJobsPerFetch: 8 }
      : { drainJobsPerFetch: 64, sendJobsPerFetch: 64 };
  const config = { ...runtimeConfigFromEnv(), ...batches, ...options.config };
  const queue = await startQueue(createBoss(options.database));
  const rt: Runtime = {
    database: options.database,
    db: options.database.db,
    queue,
    sources: options.sources,
    config,
    now: options.now ?? Date.now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    sendLimiter: createNumberRateLimiter({ defaultRatePerSecond: config.sendRatePerSecond }),
  };
  const workers = options.workers ? await startWorkers(rt) : null;
  return {
    ...rt,
    workers,
    async stop() {
      await workers?.stop();
      await queue.stop();
    },
  };
}
