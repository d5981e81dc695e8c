import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { dataDir } from "./data-dir";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database handle type: PGlite and postgres.js both satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What `db.transaction` hands its callback. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A query can run on the database or inside a transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs raw SQL and returns rows, hiding the two drivers' different result shapes. */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a script of several statements, no parameters (the simple query protocol). */
  execScript(script: string): Promise<void>;
  /** Applies pending migrations from `drizzle/`. */
  migrate(): Promise<void>;
  /**
   * LISTEN on a channel (NOTIFY from any session, this one included, reaches `onNotify`);
   * resolves once listening, with the function that stops it.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(process.cwd(), "drizzle");

/** Any fixed number works; every instance of one deployment uses the same one. */
const MIGRATION_LOCK_KEY = 731_246_001;

export interface PostgresOptions {
  max?: number;
  /** Called with every statement sent (benchmarks count round trips with it). */
  onQuery?: (text: string) => void;
}

export function openPostgres(url: string, options: PostgresOptions = {}): Database {
  const { onQuery } = options;
  // The WhatsApp runtime's workers share this pool with the web requests.
  const client = postgres(url, {
    max: options.max ?? 20,
    onnotice: () => {},
    ...(onQuery ? { debug: (_connection: number, text: string) => onQuery(text) } : {}),
  });
  return {
    db: drizzlePostgres(client, { schema }),
    kind: "postgres",
    query: async (text, params = []) => {
      const rows = await client.unsafe(text, params.map(toPostgresParam));
      return rows.map((row) => ({ ...row }));
    },
    // A reserved connection: scripts may hold their own BEGIN … COMMIT.
    execScript: async (script) => {
      const reserved = await client.reserve();
      try {
        await reserved.unsafe(script).simple();
      } finally {
        reserved.release();
      }
    },
    // A session advisory lock on one dedicated connection makes instances that start together
    // take turns instead of racing on the same DDL.
    migrate: async () => {
      const lock = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(drizzlePostgres(lock), { migrationsFolder });
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await lock.end({ timeout: 5 });
      }
    },
    // postgres.js listens on a connection of its own, outside the pool.
    listen: async (channel, onNotify) => (await client.listen(channel, onNotify)).unlisten,
    close: () => client.end({ timeout: 5 }),
  };
}

export function openPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: "pglite",
    query: async (text, params = []) =>
      (await client.query<Record<string, unknown>>(text, params)).rows,
    execScript: async (script) => {
      await client.exec(script);
    },
    migrate: () => migratePglite(db, { migrationsFolder }),
    listen: async (channel, onNotify) => {
      const stop = await client.listen(channel, onNotify);
      return () => stop();
    },
    close: () => client.close(),
  };
}

/** The embedded database under the data directory (`.data/pglite`), locked to this process. */
export function openEmbedded(dir = path.join(dataDir(), "pglite")): Database {
  const release = lockDataDir(path.dirname(dir));
  const database = openPglite(new PGlite(dir));
  return {
    ...database,
    close: async () => {
      await database.close();
      release();
    },
  };
}

/** `DATABASE_URL` set → that PostgreSQL; unset → the embedded one. */
export function openConfigured(): Database {
  const url = process.env.DATABASE_URL;
  return url ? openPostgres(url) : openEmbedded();
}

function toPostgresParam(value: unknown): postgres.ParameterOrJSON<never> {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return value;
  return JSON.stringify(value);
}
