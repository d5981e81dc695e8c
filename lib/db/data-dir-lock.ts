import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export class DataDirBusyError extends Error {
  constructor(
    readonly pid: number,
    dir: string,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid} (probably the running app). ` +
        "Stop it first: two processes on one PGlite directory lose data. " +
        "To run several processes at once, use PostgreSQL (DATABASE_URL).",
    );
    this.name = "DataDirBusyError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/**
 * PGlite has no lock of its own, so a second process on the same directory silently loses rows.
 * This pid file makes the second one stop with a clear message instead.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, "sohbet.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return release;
    } catch {
      const owner = Number(readFileSync(file, "utf8").trim());
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && alive(owner))
        throw new DataDirBusyError(owner, dir);
      rmSync(file, { force: true }); // A crashed process left it behind.
    }
  }
  throw new Error(`could not lock ${dir}`);
}
