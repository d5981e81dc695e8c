/**
 * The origin customers and Meta reach this app on. `SOHBET_PUBLIC_URL` wins; otherwise the
 * address the browser used (Host / X-Forwarded-* headers), because `next start` reports its own
 * bind address, which is not what a teammate or Meta can open.
 */
export function publicOrigin(request: {
  headers: Headers;
  nextUrl: { origin: string; protocol: string };
}): string {
  const configured = process.env.SOHBET_PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host || !/^[\w.-]+(:\d+)?$/.test(host)) return request.nextUrl.origin;
  const proto =
    request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ??
    request.nextUrl.protocol.replace(/:$/, "");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}
