import { describe, expect, it } from "vitest";
import { codeFromPattern, randomCode } from "./randomCode";
import { createSeededRandom } from "./seededRandom";

describe("createSeededRandom", () => {
  it("replays the same sequence for the same seed, in [0, 1)", () => {
    const a = createSeededRandom("sohbet");
    const b = createSeededRandom("sohbet");
    const c = createSeededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(c()).not.toBe(xs[0]);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});

describe("codes", () => {
  it("generates codes from an alphabet and a pattern", () => {
    const random = createSeededRandom(1);
    expect(randomCode(8, "digits", random)).toMatch(/^\d{8}$/);
    expect(randomCode(6, "letters", random)).toMatch(/^[A-Z]{6}$/);
    expect(randomCode(100, "alphanumeric", random)).toHaveLength(32);
    expect(codeFromPattern("YAZ-####-??*", random)).toMatch(/^YAZ-\d{4}-[A-Z]{2}[A-Z2-9]$/);
  });

  it("copes with a random source that returns 1", () => {
    expect(randomCode(3, "digits", () => 1)).toBe("999");
  });
});
