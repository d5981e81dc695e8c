import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff-delay";

describe("backoffDelay", () => {
  it("grows exponentially from the base at the top of the jitter range", () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, top))).toEqual([
      999, 1999, 3999, 7999, 15999,
    ]);
  });

  it("is capped", () => {
    expect(backoffDelay(30, () => 0.999999)).toBe(59_999);
    expect(backoffDelay(10_000, () => 0.5, { baseMs: 100, capMs: 5_000 })).toBe(2_500);
  });

  it("uses full jitter: anywhere from 0 up to the ceiling", () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(4_000);
  });

  it("always lies in [0, min(cap, base·2^attempt))", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const delay = backoffDelay(attempt, () => r);
          const ceiling = Math.min(60_000, 1_000 * 2 ** attempt);
          return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
        },
      ),
    );
  });
});
