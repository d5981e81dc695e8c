export type { FormatInline, FormatLine } from "./format-tree";
export { linkHref } from "./link-href";
export { parseInline } from "./parse-inline";
export { parseWhatsAppFormat } from "./parse-whatsapp-format";
export { toPlainText } from "./to-plain-text";
