import type { JsonValue } from "../json";
import { getPath } from "../template/interpolate";

/**
 * The JSON-path subset response mappings need: `$.order.status`, `$.items[0].title`,
 * `$['odd key']`, `$.items[-1]` (from the end), `$.items.length`. No filters or wildcards: a
 * mapping picks one value. The leading `$` is optional.
 */
export type JsonPath = readonly (string | number)[];
export type ParseJsonPathResult = { ok: true; path: JsonPath } | { ok: false; error: string };

export function parseJsonPath(source: string): ParseJsonPathResult {
  const text = source.trim();
  if (text === "") return { ok: false, error: "The path is empty" };
  const segments: (string | number)[] = [];
  let i = text.startsWith("$") ? 1 : 0;
  let first = i === 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "." || first) {
      if (!first) i += 1;
      first = false;
      const match = /^[^.[\]\s]+/.exec(text.slice(i));
      if (!match) return { ok: false, error: `Expected a key at position ${i + 1}` };
      segments.push(match[0]);
      i += match[0].length;
    } else if (ch === "[") {
      const rest = text.slice(i);
      const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
      const quoted = /^\[\s*(?:'([^']*)'|"([^"]*)")\s*\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        i += index[0].length;
      } else if (quoted) {
        segments.push(quoted[1] ?? quoted[2] ?? "");
        i += quoted[0].length;
      } else {
        return { ok: false, error: `Expected [number] or ['key'] at position ${i + 1}` };
      }
    } else {
      return { ok: false, error: `Unexpected "${ch}" at position ${i + 1}` };
    }
  }
  return { ok: true, path: segments };
}

export function evaluateJsonPath(
  value: JsonValue | undefined,
  path: JsonPath,
): JsonValue | undefined {
  let current = value;
  for (const segment of path) {
    if (typeof segment === "number") {
      if (!Array.isArray(current)) return undefined;
      current = current[segment < 0 ? current.length + segment : segment];
    } else {
      current = getPath(current, [segment]);
    }
    if (current === undefined) return undefined;
  }
  return current;
}
