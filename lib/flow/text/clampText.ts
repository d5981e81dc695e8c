/**
 * Cuts text to WhatsApp's limit (counted in UTF-16 units, which over-counts emoji and so never
 * exceeds Meta's count) without splitting a surrogate pair.
 */
export function clampText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
