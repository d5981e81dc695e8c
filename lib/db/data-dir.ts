import { mkdirSync } from "node:fs";
import path from "node:path";

/** Where the embedded database and locally generated keys live (`SOHBET_DATA_DIR`, default `.data`). */
export function dataDir(): string {
  // Resolved at run time: the build must not trace (and bundle) whatever the data directory holds.
  const dir = path.resolve(/*turbopackIgnore: true*/ process.env.SOHBET_DATA_DIR || ".data");
  // PGlite does not create missing parents, and key files are written beside it.
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function usesEmbeddedDatabase(): boolean {
  return !process.env.DATABASE_URL;
}
