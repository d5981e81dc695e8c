import { describe, expect, it } from "vitest";
import { createNumberRateLimiter, createTokenBucket } from "./token-bucket";

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("createTokenBucket", () => {
  it("defaults to 80/s with a burst of 8", () => {
    const c = clock();
    const bucket = createTokenBucket({ now: c.now });
    expect(bucket.ratePerSecond).toBe(80);
    expect(bucket.burst).toBe(8);
    let taken = 0;
    while (bucket.tryTake()) taken++;
    expect(taken).toBe(8);
    expect(bucket.msUntilAvailable()).toBe(13); // 1000/80 = 12.5 ms per token
  });

  it("lets exactly rate × seconds through over time after the burst", () => {
    const c = clock();
    const bucket = createTokenBucket({ ratePerSecond: 80, now: c.now });
    let taken = 0;
    for (let ms = 0; ms <= 10_000; ms++) {
      while (bucket.tryTake()) taken++;
      c.advance(1);
    }
    expect(taken).toBe(8 + 800);
  });

  it("never exceeds burst + rate in any one-second window", () => {
    const c = clock();
    const bucket = createTokenBucket({ ratePerSecond: 1_000, now: c.now });
    const times: number[] = [];
    for (let ms = 0; ms < 5_000; ms += 0.25) {
      if (bucket.tryTake()) times.push(ms);
      c.advance(0.25);
    }
    let max = 0;
    for (let i = 0, j = 0; i < times.length; i++) {
      while ((times[i] ?? 0) - (times[j] ?? 0) >= 1_000) j++;
      max = Math.max(max, i - j + 1);
    }
    expect(max).toBeLessThanOrEqual(1_000 + 100);
    expect(times.length).toBeGreaterThanOrEqual(5_000);
  });

  it("take() waits with the injected sleep", async () => {
    const c = clock();
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 1, now: c.now });
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
      c.advance(ms);
    };
    await bucket.take(sleep);
    await bucket.take(sleep);
    await bucket.take(sleep);
    expect(slept).toEqual([100, 100]);
  });

  it("setRate changes the pace; bad rates are refused", () => {
    const c = clock();
    const bucket = createTokenBucket({ ratePerSecond: 80, now: c.now });
    bucket.setRate(1_000, 1);
    expect(bucket.tryTake()).toBe(true);
    expect(bucket.msUntilAvailable()).toBe(1);
    expect(bucket.msUntilAvailable(2)).toBe(Infinity);
    expect(() => bucket.setRate(1_001)).toThrow(RangeError);
    expect(() => createTokenBucket({ ratePerSecond: 0 })).toThrow(RangeError);
  });

  it("does not go backwards if the clock does", () => {
    const c = clock();
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 1, now: c.now });
    expect(bucket.tryTake()).toBe(true);
    c.advance(-1_000);
    expect(bucket.tryTake()).toBe(false);
  });
});

describe("createNumberRateLimiter", () => {
  it("keeps one bucket per number, each at its own rate", () => {
    const c = clock();
    const limiter = createNumberRateLimiter({ now: c.now });
    limiter.setRate("fast", 1_000, 100);
    let fast = 0;
    let slow = 0;
    while (limiter.forNumber("fast").tryTake()) fast++;
    while (limiter.forNumber("slow").tryTake()) slow++;
    expect([fast, slow]).toEqual([100, 8]);
    expect(limiter.forNumber("slow")).toBe(limiter.forNumber("slow"));
  });
});
