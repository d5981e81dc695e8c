import type { FormatInline } from "./format-tree";
import { linkHref } from "./link-href";

type Marker = "*" | "_" | "~" | "`";
const MARKER_TYPE = { "*": "bold", _: "italic", "~": "strike", "`": "code" } as const;
const ALL_MARKERS: readonly Marker[] = ["*", "_", "~", "`"];

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
// Addresses WhatsApp links: with a scheme or starting with www.
const URL_START = /(?:https?:\/\/|www\.)[^\s<>"]+/iy;
const TRAILING_PUNCTUATION = /[.,:;!?'"*_~]$/;

function isMarker(c: string | undefined): c is Marker {
  return c === "*" || c === "_" || c === "~" || c === "`";
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

function isSpaceOrEdge(c: string | undefined): boolean {
  return c === undefined || SPACE.test(c);
}

/** Drops sentence punctuation after an address, and a closing parenthesis it did not open. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) {
      url = url.slice(0, -1);
    } else if (url.endsWith(")") && url.split("(").length < url.split(")").length) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

/**
 * Positions where each marker may close a span: after a non-space, before the end or a non-word
 * character. Collected once per call so an unclosed marker costs a lookup, not a rescan.
 */
function closers(text: string): Map<Marker, number[]> {
  const found = new Map<Marker, number[]>(ALL_MARKERS.map((m) => [m, []]));
  for (let j = 1; j < text.length; j++) {
    const c = text[j];
    if (isMarker(c) && !isSpaceOrEdge(text[j - 1]) && !isWordChar(text[j + 1])) {
      found.get(c)?.push(j);
    }
  }
  return found;
}

function firstAfter(positions: number[], min: number): number | undefined {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((positions[mid] ?? Infinity) < min) lo = mid + 1;
    else hi = mid;
  }
  return positions[lo];
}

/**
 * Inline WhatsApp formatting of one line: `*bold*`, `_italic_`, `~strike~`, `` `code` `` and
 * links. Like WhatsApp, a marker opens only at a word boundary before a non-space and closes after
 * a non-space at a word boundary, so `snake_case_name` and `2*3*4` stay as typed. The same marker
 * does not nest inside itself, which also bounds the recursion to four levels.
 */
export function parseInline(
  text: string,
  allowed: readonly Marker[] = ALL_MARKERS,
): FormatInline[] {
  const out: FormatInline[] = [];
  const closeAt = closers(text);
  let plain = "";
  const flush = () => {
    if (plain) out.push({ type: "text", text: plain });
    plain = "";
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (!isWordChar(text[i - 1])) {
      URL_START.lastIndex = i;
      const match = URL_START.exec(text);
      const raw = match ? trimUrl(match[0]) : "";
      const href = raw ? linkHref(raw) : null;
      if (href) {
        flush();
        out.push({ type: "link", text: raw, href });
        i += raw.length;
        continue;
      }
    }
    if (
      isMarker(c) &&
      allowed.includes(c) &&
      !isWordChar(text[i - 1]) &&
      !isSpaceOrEdge(text[i + 1])
    ) {
      const end = firstAfter(closeAt.get(c) ?? [], i + 2);
      if (end !== undefined) {
        flush();
        const inner = text.slice(i + 1, end);
        const type = MARKER_TYPE[c];
        if (type === "code") {
          out.push({ type: "code", text: inner });
        } else {
          out.push({
            type,
            children: parseInline(
              inner,
              allowed.filter((m) => m !== c),
            ),
          });
        }
        i = end + 1;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}
