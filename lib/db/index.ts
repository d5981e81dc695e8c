import { openConfigured, type Database, type Db } from "./client";

export type { Database, Db, Executor, Tx } from "./client";
export * as schema from "./schema";

// Cached on globalThis: Next.js may evaluate this module more than once per process (route
// bundles, instrumentation), and PGlite must only ever be opened once per data directory.
declare global {
  var __sohbetDatabase: Promise<Database> | undefined;
}
const holder = globalThis;

/** The process-wide database, opened lazily (never at import: `next build` imports routes). */
export function getDatabase(): Promise<Database> {
  if (!holder.__sohbetDatabase) {
    const opening = (async () => {
      const database = openConfigured();
      await database.migrate();
      return database;
    })();
    // A failed start must not be cached forever: the next request tries again.
    opening.catch(() => {
      if (holder.__sohbetDatabase === opening) holder.__sohbetDatabase = undefined;
    });
    holder.__sohbetDatabase = opening;
  }
  return holder.__sohbetDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
