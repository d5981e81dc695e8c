/** `npm run admin -- <command>`: account administration for self-hosters and scripts. */
import { runAdmin } from "@/lib/admin/run-admin";
import { openConfigured } from "@/lib/db/client";
import { DataDirBusyError } from "@/lib/db/data-dir-lock";

async function main(): Promise<number> {
  let database;
  try {
    database = openConfigured();
  } catch (error) {
    if (error instanceof DataDirBusyError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  try {
    await database.migrate();
    return await runAdmin(process.argv.slice(2), database.db, {
      out: (line) => console.log(line),
      err: (line) => console.error(line),
    });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
