import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirBusyError, lockDataDir } from "./data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a directory held by another live process", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sohbet-lock-"));
    // PID 1 always exists.
    writeFileSync(path.join(dir, "sohbet.pid"), "1");
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
  });

  it("takes over a lock left behind by a dead process, and releases it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sohbet-lock-"));
    const dead = spawnSync(process.execPath, ["-e", "console.log(process.pid)"])
      .stdout.toString()
      .trim();
    writeFileSync(path.join(dir, "sohbet.pid"), dead);
    const release = lockDataDir(dir);
    expect(readFileSync(path.join(dir, "sohbet.pid"), "utf8")).toBe(String(process.pid));
    release();
    expect(() => readFileSync(path.join(dir, "sohbet.pid"))).toThrow();
  });
});
