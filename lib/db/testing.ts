/**
 * Test harness: every database test runs against embedded PGlite and, when `TEST_DATABASE_URL` is
 * set, against that real PostgreSQL too, so the two backends cannot drift apart unnoticed.
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openPglite, openPostgres, type Database } from "./client";

export type Backend = "pglite" | "postgres";

export function testBackends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** A URL to the same server as `base`, on another database. */
export function withDatabaseName(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase {
  database: Database;
  /** Set for PostgreSQL: the URL of this test's own database. */
  url?: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database of the given kind, private to the caller. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const database = openPglite(new PGlite());
    await database.migrate();
    return { database, dispose: () => database.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `sohbet_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    // The template was migrated once by the global setup: copying it is much faster than migrating.
    await admin.unsafe(`create database "${name}" template "${inject("templateDatabase")}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabaseName(base, name);
  const database = openPostgres(url, { max: 5 });
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      const dropper = postgres(base, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}

/**
 * Declares the suite once per backend. `get()` returns the suite's database inside tests and hooks.
 */
export function describeEachDatabase(
  name: string,
  body: (get: () => Database, backend: Backend) => void,
): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(backend);
      });
      afterAll(async () => {
        await current?.dispose();
      });
      body(() => {
        if (!current) throw new Error("the test database is not ready yet (use it inside a test)");
        return current.database;
      }, backend);
    });
  }
}
