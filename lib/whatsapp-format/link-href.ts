/**
 * The anchor target for an address WhatsApp would make tappable, or null. Only http(s): whatever
 * else a text contains (`javascript:`, `data:`…) stays text.
 */
export function linkHref(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}
