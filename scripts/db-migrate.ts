/** `npm run db:migrate`: apply pending migrations (the app also does this at start-up). */
import { openConfigured } from "@/lib/db/client";
import { DataDirBusyError } from "@/lib/db/data-dir-lock";

async function main(): Promise<void> {
  const database = openConfigured();
  try {
    const started = Date.now();
    await database.migrate();
    console.log(
      `Migrations applied to ${database.kind === "pglite" ? "the embedded database" : "PostgreSQL"} in ${Date.now() - started} ms.`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DataDirBusyError ? error.message : error);
  process.exit(1);
});
