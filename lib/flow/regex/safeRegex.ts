/**
 * Marketer-written regular expressions run against customer-written text, so a pattern must not be
 * able to backtrack catastrophically. V8 has no linear-time engine by default, so patterns are
 * screened instead:
 * - at most 200 characters;
 * - no backreferences;
 * - no repeated group that itself contains a quantifier (`(a+)+`, `(\w*x)*`) — the classic
 *   exponential shape;
 * - no repeated group with alternatives that can start alike (`(a|ab)*`);
 * - at most 5 unbounded quantifiers.
 * What is left is at worst polynomial, and input longer than the pattern's limit (1000 characters,
 * 200 when it has more than two unbounded quantifiers) never matches, so even that stays small.
 * Refusing long input rather than cutting it keeps `$` meaning the real end of the text.
 */
export const MAX_REGEX_LENGTH = 200;
const MAX_UNBOUNDED = 5;

export type RegexProblem =
  | "too_long"
  | "invalid"
  | "backreference"
  | "nested_quantifier"
  | "ambiguous_alternation"
  | "too_many_quantifiers";

export type SafeRegexResult =
  | { ok: true; regex: RegExp; inputLimit: number }
  | { ok: false; problem: RegexProblem; detail: string };

interface Frame {
  hasQuantifier: boolean;
  alternatives: string[];
  altStart: number;
  plain: boolean;
}

type Atom =
  { kind: "simple" } | { kind: "group"; hasQuantifier: boolean; ambiguous: boolean } | null;

function ambiguousAlternatives(alternatives: string[], allPlain: boolean): boolean {
  if (alternatives.length < 2) return false;
  if (!allPlain) return true;
  const firsts = alternatives.map((a) => a.slice(0, 1).toLowerCase());
  return firsts.includes("") || new Set(firsts).size !== firsts.length;
}

const PLAIN = /^[\p{L}\p{N} _\-@:;,'"!=<>&#~`/]*$/u;

function screen(
  pattern: string,
): { problem: RegexProblem; detail: string } | { unbounded: number } {
  const stack: Frame[] = [{ hasQuantifier: false, alternatives: [], altStart: 0, plain: true }];
  let last: Atom = null;
  let unbounded = 0;
  let i = 0;
  const top = (): Frame =>
    stack[stack.length - 1] ?? { hasQuantifier: false, alternatives: [], altStart: 0, plain: true };

  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k")
        return { problem: "backreference", detail: `\\${next}` };
      last = { kind: "simple" };
      i += 2;
      continue;
    }
    if (ch === "[") {
      i += 1;
      if (pattern[i] === "^") i += 1;
      if (pattern[i] === "]") i += 1;
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i += 1;
      last = { kind: "simple" };
      continue;
    }
    if (ch === "(") {
      let skip = 1;
      if (
        pattern.startsWith("(?:", i) ||
        pattern.startsWith("(?=", i) ||
        pattern.startsWith("(?!", i)
      )
        skip = 3;
      else if (pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i)) skip = 4;
      else if (pattern.startsWith("(?<", i)) skip = pattern.indexOf(">", i) - i + 1;
      if (skip <= 0) skip = 1;
      stack.push({ hasQuantifier: false, alternatives: [], altStart: i + skip, plain: true });
      i += skip;
      last = null;
      continue;
    }
    if (ch === "|" || ch === ")") {
      const frame = top();
      const alternative = pattern.slice(frame.altStart, i);
      frame.alternatives.push(alternative);
      frame.plain &&= PLAIN.test(alternative);
      frame.altStart = i + 1;
      if (ch === "|") {
        i += 1;
        last = null;
        continue;
      }
      if (stack.length > 1) stack.pop();
      const ambiguous = ambiguousAlternatives(frame.alternatives, frame.plain);
      top().hasQuantifier ||= frame.hasQuantifier;
      last = { kind: "group", hasQuantifier: frame.hasQuantifier, ambiguous };
      i += 1;
      continue;
    }
    const quantifier = /^(?:[*+?]|\{(\d+)(,(\d*))?\})/.exec(pattern.slice(i));
    if (quantifier && last !== null) {
      const comma = quantifier[2] !== undefined;
      const max =
        quantifier[0] === "?"
          ? 1
          : quantifier[1] === undefined
            ? Infinity
            : comma
              ? quantifier[3] === ""
                ? Infinity
                : Number(quantifier[3])
              : Number(quantifier[1]);
      if (max === Infinity) unbounded += 1;
      if (last.kind === "group" && max > 1) {
        if (last.hasQuantifier)
          return {
            problem: "nested_quantifier",
            detail: pattern.slice(0, i + quantifier[0].length),
          };
        if (last.ambiguous)
          return {
            problem: "ambiguous_alternation",
            detail: pattern.slice(0, i + quantifier[0].length),
          };
      }
      top().hasQuantifier = true;
      i += quantifier[0].length;
      if (pattern[i] === "?") i += 1;
      last = null;
      continue;
    }
    last = { kind: "simple" };
    i += 1;
  }
  if (unbounded > MAX_UNBOUNDED)
    return { problem: "too_many_quantifiers", detail: String(unbounded) };
  return { unbounded };
}

const cache = new Map<string, SafeRegexResult>();

export function compileSafeRegex(pattern: string, caseSensitive: boolean): SafeRegexResult {
  const key = `${caseSensitive ? "s" : "i"}/${pattern}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = compile(pattern, caseSensitive);
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

function compile(pattern: string, caseSensitive: boolean): SafeRegexResult {
  if (pattern.length > MAX_REGEX_LENGTH)
    return { ok: false, problem: "too_long", detail: String(pattern.length) };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, caseSensitive ? "u" : "iu");
  } catch (error) {
    return {
      ok: false,
      problem: "invalid",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const screened = screen(pattern);
  if ("problem" in screened) return { ok: false, ...screened };
  return { ok: true, regex, inputLimit: screened.unbounded > 2 ? 200 : 1000 };
}

/** Unsafe or invalid patterns, and input over the pattern's limit, never match. */
export function safeRegexTest(pattern: string, input: string, caseSensitive: boolean): boolean {
  const compiled = compileSafeRegex(pattern, caseSensitive);
  if (!compiled.ok || input.length > compiled.inputLimit) return false;
  return compiled.regex.test(input);
}
