import type { FormatInline } from "./format-tree";
import { parseWhatsAppFormat } from "./parse-whatsapp-format";

function visible(nodes: FormatInline[]): string {
  return nodes.map((n) => ("children" in n ? visible(n.children) : n.text)).join("");
}

/** The text a reader sees, markers removed: for one-line quotes and previews. */
export function toPlainText(text: string): string {
  return parseWhatsAppFormat(text)
    .map((line) => visible(line.content))
    .join("\n");
}
