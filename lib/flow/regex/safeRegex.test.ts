import { describe, expect, it } from "vitest";
import { compileSafeRegex, safeRegexTest } from "./safeRegex";

describe("safe regex", () => {
  it("accepts the patterns marketers write", () => {
    for (const pattern of [
      "^\\d{5}$",
      "^[A-Z]{2}\\d+$",
      "^(TR|NL)\\d{10}$",
      "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$",
      "sipari[sş]",
      "^(?:evet|hayır)$",
      "(?<code>[A-Z]{3})-\\d{4}",
      "^(ab|cd)+$",
      "(\\d{3})?-x",
    ]) {
      expect(compileSafeRegex(pattern, false), pattern).toMatchObject({ ok: true });
    }
  });

  it("rejects catastrophic shapes", () => {
    const cases: [string, string][] = [
      ["(a+)+$", "nested_quantifier"],
      ["^(\\w*x)*$", "nested_quantifier"],
      ["((a)*b){2,}", "nested_quantifier"],
      ["(?:[a-z]+\\s?)*$", "nested_quantifier"],
      ["^(a|a)*$", "ambiguous_alternation"],
      ["^(a|ab)+$", "ambiguous_alternation"],
      ["(\\d|x)*", "ambiguous_alternation"],
      ["(a)\\1", "backreference"],
      ["(?<x>a)\\k<x>", "backreference"],
      ["a*b*c*d*e*f*", "too_many_quantifiers"],
      ["x".repeat(201), "too_long"],
      ["(unclosed", "invalid"],
      ["[z-a]", "invalid"],
    ];
    for (const [pattern, problem] of cases) {
      expect(compileSafeRegex(pattern, true), pattern).toMatchObject({ ok: false, problem });
    }
  });

  it("matches case-insensitively by default and refuses over-long input", () => {
    expect(safeRegexTest("^sipariş$", "SİPARİŞ".toLowerCase(), false)).toBe(false); // "i̇" is not "i"
    expect(safeRegexTest("^order$", "ORDER", false)).toBe(true);
    expect(safeRegexTest("^order$", "ORDER", true)).toBe(false);
    expect(safeRegexTest("x$", `${"a".repeat(2000)}x`, true)).toBe(false);
    expect(safeRegexTest("(a+)+$", "aaa", true)).toBe(false);
  });

  it("finishes quickly on hostile input for accepted patterns", () => {
    // Not a timing assertion: just proves accepted shapes do not hang the test run.
    expect(safeRegexTest("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", `${"a".repeat(5000)}@`, false)).toBe(
      false,
    );
    expect(safeRegexTest("^\\w+\\w+$", `${"a".repeat(900)}!`, false)).toBe(false);
    expect(safeRegexTest("a", "a".repeat(1001), false)).toBe(false);
    expect(safeRegexTest("a", "a".repeat(1000), false)).toBe(true);
  });
});
