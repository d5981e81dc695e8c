import type { FormatInline, FormatLine } from "./format-tree";
import { parseInline } from "./parse-inline";

type Part = string | { type: "mono"; text: string };

// ```monospace``` is the one form that may span lines, so it is cut out before the text is split.
const MONO = /```([\s\S]+?)```/g;
const QUOTE = /^> /;
const BULLET = /^[*-] /;
const NUMBERED = /^(\d{1,3})\. /;

function splitLines(text: string): Part[][] {
  const lines: Part[][] = [[]];
  const addPlain = (chunk: string) => {
    chunk.split("\n").forEach((piece, n) => {
      if (n > 0) lines.push([]);
      if (piece) lines[lines.length - 1]?.push(piece);
    });
  };
  let last = 0;
  for (const match of text.matchAll(MONO)) {
    addPlain(text.slice(last, match.index));
    lines[lines.length - 1]?.push({ type: "mono", text: match[1] ?? "" });
    last = match.index + match[0].length;
  }
  addPlain(text.slice(last));
  return lines;
}

function content(parts: Part[]): FormatInline[] {
  return parts.flatMap((part) => (typeof part === "string" ? parseInline(part) : [part]));
}

/**
 * Parses a message as WhatsApp formats it: line breaks, `> quotes`, `* ` / `- ` bullets,
 * `1. ` numbered lines, ```monospace``` (across lines too) and the inline forms of `parseInline`.
 * Pure and total: any string parses; only markers and line prefixes are dropped.
 */
export function parseWhatsAppFormat(text: string): FormatLine[] {
  const normalized = text.replace(/\r\n?/g, "\n");
  return splitLines(normalized).map((parts): FormatLine => {
    const [first, ...rest] = parts;
    if (typeof first === "string") {
      const numbered = NUMBERED.exec(first);
      if (numbered) {
        return {
          kind: "numbered",
          number: numbered[1] ?? "",
          content: content([first.slice(numbered[0].length), ...rest]),
        };
      }
      for (const [kind, pattern] of [
        ["quote", QUOTE],
        ["bullet", BULLET],
      ] as const) {
        const match = pattern.exec(first);
        if (match) return { kind, content: content([first.slice(match[0].length), ...rest]) };
      }
    }
    return { kind: "plain", content: content(parts) };
  });
}
