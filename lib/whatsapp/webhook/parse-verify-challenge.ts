/**
 * Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`.
 * Returns the challenge to echo (as text/plain, HTTP 200) or null (answer 403).
 */
import { createHash, timingSafeEqual } from "node:crypto";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** Meta's challenges are short numbers; a cap keeps us from echoing arbitrary payloads. */
const MAX_CHALLENGE_LENGTH = 256;

function read(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Constant-time string equality; hashing first makes unequal lengths safe to compare. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function parseVerifyChallenge(params: Params, expectedToken: string): string | null {
  const mode = read(params, "hub.mode");
  const token = read(params, "hub.verify_token");
  const challenge = read(params, "hub.challenge");
  if (mode !== "subscribe" || !expectedToken || token === undefined) return null;
  if (!challenge || challenge.length > MAX_CHALLENGE_LENGTH) return null;
  return sameSecret(token, expectedToken) ? challenge : null;
}
