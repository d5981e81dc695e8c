/**
 * Meta's timestamps are unix seconds, usually as a string ("1749416383"). Returns milliseconds, or
 * null for anything that is not a plausible non-negative number of seconds.
 */
export function unixSecondsToMs(value: string | number): number | null {
  const seconds =
    typeof value === "number" ? value : /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return Math.round(seconds * 1000);
}
