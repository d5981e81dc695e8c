export interface FormattedRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  mono?: boolean;
}

const MARKS = { "*": "bold", _: "italic", "~": "strike" } as const;
type Mark = keyof typeof MARKS;

function isMark(ch: string | undefined): ch is Mark {
  return ch === "*" || ch === "_" || ch === "~";
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * WhatsApp's own formatting (*bold*, _italic_, ~strike~, ```mono```) as runs of styled text, so
 * previews read like the customer's phone. A marker only counts at a word boundary with text
 * right inside it, as in WhatsApp: `utm_source` or `5 * 3` stay plain.
 */
export function parseWhatsAppFormatting(text: string): FormattedRun[] {
  const runs: FormattedRun[] = [];
  const push = (run: FormattedRun) => {
    const last = runs.at(-1);
    const same =
      last !== undefined &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.strike === run.strike &&
      last.mono === run.mono;
    if (same) last.text += run.text;
    else if (run.text !== "") runs.push(run);
  };
  const walk = (input: string, style: Omit<FormattedRun, "text">) => {
    let i = 0;
    let plain = "";
    const flush = () => {
      push({ text: plain, ...style });
      plain = "";
    };
    while (i < input.length) {
      if (input.startsWith("```", i)) {
        const end = input.indexOf("```", i + 3);
        if (end > i + 3) {
          flush();
          push({ text: input.slice(i + 3, end), ...style, mono: true });
          i = end + 3;
          continue;
        }
      }
      const ch = input[i];
      if (isMark(ch) && !WORD.test(input[i - 1] ?? "") && /\S/.test(input[i + 1] ?? " ")) {
        let end = input.indexOf(ch, i + 1);
        while (end > 0 && (/\s/.test(input[end - 1] ?? "") || WORD.test(input[end + 1] ?? ""))) {
          end = input.indexOf(ch, end + 1);
        }
        const inner = end > 0 ? input.slice(i + 1, end) : "";
        if (end > 0 && !inner.includes("\n")) {
          flush();
          walk(inner, { ...style, [MARKS[ch]]: true });
          i = end + 1;
          continue;
        }
      }
      plain += ch;
      i += 1;
    }
    flush();
  };
  walk(text, {});
  return runs;
}
