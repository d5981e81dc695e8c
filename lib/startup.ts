import { ensureDemoAccount } from "@/lib/auth/demo";
import { encryptionKey } from "@/lib/channels/secret-box";
import { getDatabase } from "@/lib/db";
import { getRuntime } from "@/lib/runtime/app-runtime";

/** Runs once per server process (instrumentation.ts): migrate, the demo account, the runtime. */
export async function startServer(): Promise<void> {
  const started = Date.now();
  // Fail at start-up, not at the first channel save, when a deployment lacks its encryption key.
  encryptionKey();
  const database = await getDatabase();
  const demo = await ensureDemoAccount(database.db);
  const where = database.kind === "pglite" ? "embedded database (.data/)" : "PostgreSQL";
  console.log(`[sohbet] ${where} ready in ${Date.now() - started} ms`);
  // The UI still serves if the runtime cannot start; webhooks retry it (and Meta retries them).
  try {
    const runtime = await getRuntime();
    console.log(
      `[sohbet] WhatsApp runtime ${runtime.workers ? "and its workers" : "(workers off: SOHBET_WORKERS)"} started`,
    );
  } catch (error) {
    console.error("[sohbet] the WhatsApp runtime did not start:", error);
  }
  if (demo) {
    console.log(
      `[sohbet] demo account: ${demo.email} / ${demo.password} (workspace "${demo.workspace}")`,
    );
  }
}
