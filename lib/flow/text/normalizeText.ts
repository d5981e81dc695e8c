/**
 * Folds text for keyword and answer matching: case- and accent-insensitive, and correct for
 * Turkish. The dotted/dotless i pairs are folded *before* lower-casing because
 * `"İ".toLowerCase()` is "i̇" (two code points) and `"I".toLowerCase()` is "i", not "ı";
 * mapping all four to "i" makes "İSTANBUL", "istanbul" and "ıstanbul" equal. Punctuation and
 * emoji become spaces, so "Merhaba!" matches "merhaba".
 */
/**
 * Case- and accent-folding only (punctuation kept), for comparisons where "@gmail.com" or "A-12"
 * must stay intact, like condition rules.
 */
export function foldCase(text: string): string {
  return text
    .replace(/[İIı]/g, "i")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

export function normalizeText(text: string): string {
  return text
    .replace(/[İIı]/g, "i")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * `exact`: the whole message is the keyword. `contains`: the keyword appears as whole words, so
 * "hi" does not fire on "this".
 */
export function matchesKeyword(text: string, keyword: string, mode: "exact" | "contains"): boolean {
  const folded = normalizeText(keyword);
  if (folded === "") return false;
  const message = normalizeText(text);
  return mode === "exact" ? message === folded : ` ${message} `.includes(` ${folded} `);
}
