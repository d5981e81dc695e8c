import type { Database, Db } from "@/lib/db";
import type { NumberRateLimiter } from "@/lib/whatsapp";
import type { RuntimeConfig } from "./config";
import type { RuntimeQueue } from "./queue/runtime-queue";
import type { RuntimeSources } from "./sources";

/** Everything the runtime's functions share: database, queue, channel/flow sources, settings, clock. */
export interface Runtime {
  database: Database;
  db: Db;
  queue: RuntimeQueue;
  sources: RuntimeSources;
  config: RuntimeConfig;
  /** Unix ms; injectable for tests. */
  now(): number;
  /** For the Cloud API client when injected (tests); unset, it uses its keep-alive transport. */
  fetch?: typeof fetch;
  /** Per business number, in this process. */
  sendLimiter: NumberRateLimiter;
}
