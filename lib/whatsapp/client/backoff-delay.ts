/**
 * Exponential back-off with "full jitter" (a uniformly random wait between 0 and the exponential
 * ceiling): spreads retries of many senders that failed together, so a rate limit is not hit again
 * by all of them at the same instant.
 */
export type BackoffOptions = { baseMs?: number; capMs?: number };

/** `attempt` counts from 0 (the first retry); `random` returns [0, 1) and is injectable for tests. */
export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  { baseMs = 1_000, capMs = 60_000 }: BackoffOptions = {},
): number {
  const exponent = Math.max(0, Math.floor(attempt));
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(exponent, 52));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}
