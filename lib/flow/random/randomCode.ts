const DIGITS = "0123456789";
// No I, O, 0 or 1 look-alikes in letters: customers read codes off a phone and type them at checkout.
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const ALPHANUMERIC = `${LETTERS}23456789`;

export const CODE_ALPHABETS = {
  digits: DIGITS,
  letters: LETTERS,
  alphanumeric: ALPHANUMERIC,
} as const;
export const MAX_CODE_LENGTH = 32;

function pick(alphabet: string, random: () => number): string {
  // Clamp guards against a caller-supplied random() that returns exactly 1.
  const index = Math.min(alphabet.length - 1, Math.floor(random() * alphabet.length));
  return alphabet[Math.max(0, index)] ?? "";
}

export function randomCode(
  length: number,
  alphabet: keyof typeof CODE_ALPHABETS,
  random: () => number,
): string {
  const chars = CODE_ALPHABETS[alphabet];
  let code = "";
  const n = Math.max(1, Math.min(MAX_CODE_LENGTH, Math.floor(length)));
  for (let i = 0; i < n; i += 1) code += pick(chars, random);
  return code;
}

/** `#` digit, `?` letter, `*` letter or digit; anything else (so letters too) is kept as is. */
export function codeFromPattern(pattern: string, random: () => number): string {
  let code = "";
  for (const ch of pattern) {
    if (ch === "#") code += pick(DIGITS, random);
    else if (ch === "?") code += pick(LETTERS, random);
    else if (ch === "*") code += pick(ALPHANUMERIC, random);
    else code += ch;
  }
  return code;
}

export function patternHasRandomPart(pattern: string): boolean {
  return /[#?*]/.test(pattern);
}
