/**
 * Reads discount codes pasted from a shop's admin or a CSV export: one per line, or separated by
 * commas, semicolons, tabs or spaces. Pure, so the form can preview exactly what the server keeps.
 */

/** Letters (any script), digits, `-` and `_`: what Shopify, WooCommerce and ikas accept. */
const CODE = /^[\p{L}\p{N}_-]{1,64}$/u;

export const MAX_CODES_PER_UPLOAD = 10_000;

export interface ParsedCodes {
  /** Valid codes, first occurrence kept, in the order given. */
  codes: string[];
  /** Entries that are not codes (bad characters or over 64 characters), as written. */
  invalid: string[];
  /** Repeats of a code already in the list, dropped. */
  duplicates: number;
}

export function parseCodes(text: string): ParsedCodes {
  const seen = new Set<string>();
  const invalid: string[] = [];
  let duplicates = 0;
  for (const raw of text.split(/[\s,;]+/u)) {
    // CSV exports quote their cells.
    const entry = raw.replace(/^["']+|["']+$/gu, "");
    if (entry === "") continue;
    if (!CODE.test(entry)) invalid.push(entry);
    else if (seen.has(entry)) duplicates += 1;
    else seen.add(entry);
  }
  return { codes: [...seen], invalid, duplicates };
}
