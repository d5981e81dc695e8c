import { ensureDemoAccount } from "@/lib/auth/demo";
import { encryptionKey } from "@/lib/channels/secret-box";
import { getDatabase } from "@/lib/db";

/** Runs once per server process (instrumentation.ts): migrate, then the demo account. */
export async function startServer(): Promise<void> {
  const started = Date.now();
  // Fail at start-up, not at the first channel save, when a deployment lacks its encryption key.
  encryptionKey();
  const database = await getDatabase();
  const demo = await ensureDemoAccount(database.db);
  const where = database.kind === "pglite" ? "embedded database (.data/)" : "PostgreSQL";
  console.log(`[sohbet] ${where} ready in ${Date.now() - started} ms`);
  if (demo) {
    console.log(
      `[sohbet] demo account: ${demo.email} / ${demo.password} (workspace "${demo.workspace}")`,
    );
  }
}
