/**
 * Guarantee 1: nothing acknowledged is lost. A real app process takes webhooks while the Cloud
 * API (the emulator) answers slowly, is killed with SIGKILL with work still queued, and a new
 * process on the same database finishes all of it. On PGlite (a data directory) and PostgreSQL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type Database } from "@/lib/db/client";
import { outboundMessages } from "@/lib/db/schema";
import { createTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { buildFlow, edge, node } from "@/lib/flow/testing/conversation";
import {
  startEmulator,
  type EmulatorHandle,
  postWebhook,
  buildInboundWebhook,
} from "@/lib/whatsapp/emulator";
import { publish, seedShop, type Shop } from "./testing";

const CONTACTS = 12;

const flow = buildFlow({
  nodes: [
    node("start", "start", { trigger: { kind: "any" } }),
    node("hi", "message", { text: "Merhaba!" }),
  ],
  edges: [edge("start", "next", "hi")],
});

function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("lib", "runtime", "test-support", "runtime-process.ts")],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready (\d+)/.exec(out);
      if (match?.[1]) resolve({ child, port: Number(match[1]) });
    });
    child.on("exit", (code) => reject(new Error(`app exited with ${code}: ${out}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.on("exit", () => resolve());
  });
}

for (const backend of testBackends()) {
  describe(`SIGKILL durability [${backend}]`, () => {
    let emulator: EmulatorHandle;
    let shop: Shop;
    let dataDir = "";
    let pg: TestDatabase | undefined;
    let env: Record<string, string> = {};

    /** Seeds through a short-lived handle (PGlite allows one process on its directory). */
    async function withDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
      if (pg) return run(pg.database);
      const database = openPglite(new PGlite(path.join(dataDir, "pglite")));
      try {
        await database.migrate();
        return await run(database);
      } finally {
        await database.close();
      }
    }

    /** Outbox rows not yet accepted, read without disturbing the running app. */
    async function openRows(): Promise<number> {
      // PGlite allows one process: give the restarted app a moment, then check after it stops.
      if (!pg) return new Promise((r) => setTimeout(() => r(0), 3_000));
      const rows = await pg.database.db
        .select()
        .from(outboundMessages)
        .where(eq(outboundMessages.channelId, shop.channelId));
      return rows.filter((r) => r.status !== "accepted").length;
    }

    beforeAll(async () => {
      if (backend === "postgres") {
        pg = await createTestDatabase("postgres");
        env = { DATABASE_URL: pg.url ?? "", SOHBET_ENCRYPTION_KEY: "ab".repeat(32) };
      } else {
        dataDir = mkdtempSync(path.join(tmpdir(), "sohbet-sigkill-"));
        env = {
          DATABASE_URL: "",
          SOHBET_DATA_DIR: dataDir,
          SOHBET_ENCRYPTION_KEY: "ab".repeat(32),
        };
      }
      // The seed encrypts channel secrets with the same key the app processes use.
      process.env.SOHBET_ENCRYPTION_KEY = env.SOHBET_ENCRYPTION_KEY;
      shop = await withDatabase(async (database) => {
        const seeded = await seedShop(database.db);
        await publish(database.db, seeded, flow, "Hello");
        return seeded;
      });
      emulator = await startEmulator({
        numbers: [{ phoneNumberId: shop.phoneNumberId, accessToken: shop.accessToken }],
      });
      env.WHATSAPP_GRAPH_API_URL = emulator.url;
      env.SOHBET_SEND_RATE = "20";
    }, 120_000);

    afterAll(async () => {
      await emulator?.close();
      await pg?.dispose();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it("processes every acknowledged message after a SIGKILL and a restart", async () => {
      // Slow sends keep most of the work queued when the process dies.
      emulator.injectFailure({ delayMs: 400, times: 1_000 });
      const first = await startApp(env);
      const customers = Array.from(
        { length: CONTACTS },
        (_, i) => `9053200000${String(i).padStart(2, "0")}`,
      );
      const url = `http://127.0.0.1:${first.port}/api/webhooks/whatsapp/${shop.channelId}`;
      for (const from of customers) {
        const delivery = await postWebhook(
          url,
          buildInboundWebhook({
            phoneNumberId: shop.phoneNumberId,
            from,
            messages: [{ type: "text", body: "hi" }],
          }),
          shop.appSecret,
        );
        expect(delivery.status).toBe(200);
      }
      // Killed while sends are in flight and more are queued.
      await emulator.waitForSent(1, { timeoutMs: 30_000 });
      first.child.kill("SIGKILL");
      await exited(first.child);
      const before = new Set(emulator.sent().map((m) => m.to));
      expect(before.size).toBeLessThan(CONTACTS);

      emulator.reset();
      const second = await startApp(env);
      try {
        const deadline = Date.now() + 60_000;
        const answered = () => new Set([...before, ...emulator.sent().map((m) => m.to)]);
        while (answered().size < CONTACTS && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
        }
        expect([...answered()].sort()).toEqual([...customers].sort());
        // A send cut off by the kill is sent again once its claim is released (at start on
        // PGlite, the only process; after SEND_CLAIM_MS on PostgreSQL).
        while (Date.now() < deadline + 30_000) {
          const open = await openRows();
          if (open === 0) break;
          await new Promise((r) => setTimeout(r, 500));
        }
      } finally {
        second.child.kill("SIGTERM");
        await exited(second.child);
      }
      const rows = await withDatabase((database) =>
        database.db
          .select()
          .from(outboundMessages)
          .where(eq(outboundMessages.channelId, shop.channelId)),
      );
      expect(rows).toHaveLength(CONTACTS);
      expect(rows.filter((r) => r.status === "accepted")).toHaveLength(CONTACTS);
    }, 180_000);
  });
}
