/**
 * The process-wide runtime of the app: opened lazily (never at import, `next build` imports
 * routes), cached on globalThis (Next.js may evaluate modules twice), with the queue workers
 * running in this process unless `SOHBET_WORKERS=off` on PostgreSQL. With the embedded database
 * they always run here: PGlite allows one process, so nobody else could run them.
 */
import { getDatabase } from "@/lib/db";
import { workersEnabled } from "./config";
import { createRuntime, type RunningRuntime } from "./create-runtime";
import { defaultSources } from "./default-sources";

declare global {
  var __sohbetRuntime: Promise<RunningRuntime> | undefined;
}
const holder = globalThis;

export function getRuntime(): Promise<RunningRuntime> {
  if (!holder.__sohbetRuntime) {
    const starting = (async () => {
      const database = await getDatabase();
      const workers = database.kind === "pglite" || workersEnabled();
      return createRuntime({ database, sources: defaultSources, workers });
    })();
    starting.catch(() => {
      if (holder.__sohbetRuntime === starting) holder.__sohbetRuntime = undefined;
    });
    holder.__sohbetRuntime = starting;
  }
  return holder.__sohbetRuntime;
}
