/**
 * Meta signs every webhook POST with `X-Hub-Signature-256: sha256=<hex>`, an HMAC-SHA256 of the raw
 * request bytes keyed with the app secret. The check must run on the bytes exactly as received:
 * Meta escapes non-ASCII characters as `\uXXXX`, so JSON.stringify of the parsed body would hash
 * differently and reject every message that contains an emoji or a Turkish "ş".
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "sha256=";
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

type RawBody = Uint8Array | string;

function hmac(rawBody: RawBody, appSecret: string): Buffer {
  return createHmac("sha256", appSecret).update(rawBody).digest();
}

/** The `X-Hub-Signature-256` header value Meta would send for these bytes. */
export function signBody(rawBody: RawBody, appSecret: string): string {
  return PREFIX + hmac(rawBody, appSecret).toString("hex");
}

/**
 * True only when `header` is a well-formed `sha256=<64 hex>` signature of `rawBody` under
 * `appSecret`. Never throws; an empty secret verifies nothing (a misconfigured channel must not
 * accept unsigned traffic).
 */
export function verifySignature(
  rawBody: RawBody,
  header: string | null | undefined,
  appSecret: string,
): boolean {
  if (!appSecret || typeof header !== "string") return false;
  const trimmed = header.trim();
  if (!trimmed.toLowerCase().startsWith(PREFIX)) return false;
  const hex = trimmed.slice(PREFIX.length);
  if (!HEX_DIGEST.test(hex)) return false;
  const given = Buffer.from(hex, "hex");
  const expected = hmac(rawBody, appSecret);
  // timingSafeEqual throws on unequal lengths; the regex already pins 32 bytes, this keeps it so.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
