/**
 * The origin customers and Meta reach this app on. `SOHBET_PUBLIC_URL` wins; otherwise the
 * address the browser used (Host / X-Forwarded-* headers), because `next start` reports its own
 * bind address, which is not what a teammate or Meta can open.
 */
export function originFromHeaders(headers: Headers, fallback: string): string {
  const configured = process.env.SOHBET_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || !/^[\w.-]+(:\d+)?$/.test(host)) return fallback;
  const proto =
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    new URL(fallback).protocol.replace(/:$/, "");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

export function publicOrigin(request: { headers: Headers; nextUrl: { origin: string } }): string {
  return originFromHeaders(request.headers, request.nextUrl.origin);
}
