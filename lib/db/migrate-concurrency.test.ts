import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client";
import { withDatabaseName } from "./testing";

const base = process.env.TEST_DATABASE_URL;

// Two app instances starting at once against an empty PostgreSQL must both come up.
describe.runIf(Boolean(base))("migrations on PostgreSQL", () => {
  it("two instances migrating an empty database at the same time both succeed", async () => {
    if (!base) return;
    const name = `sohbet_mig_${randomBytes(5).toString("hex")}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = withDatabaseName(base, name);
    const a = openPostgres(url, { max: 2 });
    const b = openPostgres(url, { max: 2 });
    try {
      await Promise.all([a.migrate(), b.migrate(), a.migrate()]);
      const rows = await a.query("select count(*)::int as n from drizzle.__drizzle_migrations");
      const files = await a.query(
        "select 1 from information_schema.tables where table_name = 'flows'",
      );
      expect(files).toHaveLength(1);
      expect(Number(rows[0]?.n)).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    }
  });
});
