/**
 * Starts the production build for the browser tests on a fresh database:
 *   tsx scripts/e2e-server.ts pglite 3100      (embedded, under .data/e2e-pglite)
 *   tsx scripts/e2e-server.ts postgres 3101    (a new database next to TEST_DATABASE_URL's)
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import postgres from "postgres";
import { withDatabaseName } from "@/lib/db/testing";

async function freshPostgres(base: string, name: string): Promise<string> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return withDatabaseName(base, name);
}

async function main() {
  const [backend, port] = process.argv.slice(2);
  if ((backend !== "pglite" && backend !== "postgres") || !port) {
    throw new Error("usage: e2e-server.ts pglite|postgres PORT");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (backend === "pglite") {
    const dir = path.resolve(".data", `e2e-pglite-${port}`);
    rmSync(dir, { recursive: true, force: true });
    env.SOHBET_DATA_DIR = dir;
    delete env.DATABASE_URL;
  } else {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("TEST_DATABASE_URL is not set");
    env.DATABASE_URL = await freshPostgres(base, `sohbet_e2e_${port}`);
    env.SOHBET_DATA_DIR = path.resolve(".data", `e2e-postgres-${port}`);
  }
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "-p", port], {
    env,
    stdio: "inherit",
  });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
