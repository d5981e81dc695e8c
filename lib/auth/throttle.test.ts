import { describe, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import {
  clearFailures,
  FREE_FAILURES,
  lockSeconds,
  recordFailure,
  secondsUntilAllowed,
} from "./throttle";

describe("lockSeconds", () => {
  it("lets a few typos through, then doubles the pause up to a cap", () => {
    expect(lockSeconds(FREE_FAILURES - 1)).toBe(0);
    expect(lockSeconds(FREE_FAILURES)).toBe(30);
    expect(lockSeconds(FREE_FAILURES + 1)).toBe(60);
    expect(lockSeconds(FREE_FAILURES + 20)).toBe(900);
  });
});

describeEachDatabase("sign-in throttle", (get) => {
  const email = "target@example.com";
  const t0 = new Date("2026-01-01T10:00:00Z");
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it("locks an e-mail after repeated failures and releases it in time", async () => {
    const { db } = get();
    for (let i = 0; i < FREE_FAILURES - 1; i++) await recordFailure(db, email, at(i));
    expect(await secondsUntilAllowed(db, email, at(5))).toBe(0);
    await recordFailure(db, email, at(10));
    expect(await secondsUntilAllowed(db, email, at(10))).toBe(30);
    expect(await secondsUntilAllowed(db, email, at(25))).toBe(15);
    expect(await secondsUntilAllowed(db, email, at(41))).toBe(0);
    await recordFailure(db, email, at(41));
    expect(await secondsUntilAllowed(db, email, at(41))).toBe(60);
  });

  it("counts failures that arrive at the same time", async () => {
    const { db } = get();
    const other = "parallel@example.com";
    await Promise.all(Array.from({ length: FREE_FAILURES }, () => recordFailure(db, other, at(0))));
    expect(await secondsUntilAllowed(db, other, at(0))).toBe(30);
  });

  it("forgets old failures after a quiet hour and on success", async () => {
    const { db } = get();
    const quiet = "quiet@example.com";
    for (let i = 0; i < FREE_FAILURES - 1; i++) await recordFailure(db, quiet, at(0));
    await recordFailure(db, quiet, at(2 * 3600));
    expect(await secondsUntilAllowed(db, quiet, at(2 * 3600))).toBe(0);
    await clearFailures(db, email);
    expect(await secondsUntilAllowed(db, email, at(41))).toBe(0);
  });
});
