/** Reads a latitude/longitude pair typed by hand ("41.0369, 28.985" or two fields). */
export function parseCoordinate(text: string, max: number): number | null {
  const trimmed = text.trim().replace(",", ".");
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= max ? value : null;
}
