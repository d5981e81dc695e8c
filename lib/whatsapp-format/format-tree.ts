/**
 * The shape of a WhatsApp-formatted text once parsed: lines (WhatsApp's block forms are per line)
 * holding inline runs. Plain data, so the renderer decides how it looks and text can never become
 * markup.
 */
export type FormatInline =
  | { type: "text"; text: string }
  | { type: "bold" | "italic" | "strike"; children: FormatInline[] }
  /** `inline code`: shown as typed, no formatting inside. */
  | { type: "code"; text: string }
  /** ```monospace```: may span lines; no formatting inside. */
  | { type: "mono"; text: string }
  /** An http(s) address found in the text; `href` is safe to put in an anchor. */
  | { type: "link"; text: string; href: string };

export type FormatLine =
  | { kind: "plain" | "quote" | "bullet"; content: FormatInline[] }
  | { kind: "numbered"; number: string; content: FormatInline[] };
