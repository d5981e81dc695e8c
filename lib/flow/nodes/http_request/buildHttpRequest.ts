import type { AwaitedEffectRequest } from "../../engine/effects";
import type { JsonValue } from "../../json";
import { templateTokens } from "../../template/interpolate";
import type { NodeRuntime } from "../nodeDefinition";
import { urlText } from "../shared/runtimeText";
import type { HttpRequestData } from "./httpRequestSchema";

/**
 * Fills `{{variables}}` inside the JSON body's string literals. Working on the parsed JSON rather
 * than the raw text means a value with quotes can never break the document; a string that is
 * exactly one placeholder takes the variable's own JSON value, so numbers stay numbers.
 */
export function fillJson(value: JsonValue, rt: NodeRuntime): JsonValue {
  if (typeof value === "string") {
    const tokens = templateTokens(value);
    const only = tokens[0];
    if (
      tokens.length === 1 &&
      only !== undefined &&
      only.start === 0 &&
      only.end === value.length
    ) {
      return rt.lookup(only.ref) ?? (only.fallback === undefined ? null : only.fallback.trim());
    }
    return rt.text(value);
  }
  if (Array.isArray(value)) return value.map((v) => fillJson(v, rt));
  if (value !== null && typeof value === "object") {
    const out: Record<string, JsonValue> = {};
    for (const [key, v] of Object.entries(value)) out[key] = fillJson(v, rt);
    return out;
  }
  return value;
}

export function parseJsonBody(
  body: string,
): { ok: true; value: JsonValue } | { ok: false; error: string } {
  try {
    const value: JsonValue = JSON.parse(body);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function buildHttpRequest(
  data: HttpRequestData,
  rt: NodeRuntime,
): { ok: true; request: AwaitedEffectRequest } | { ok: false; error: string } {
  const headers: Record<string, string> = {};
  for (const header of data.headers) {
    if (header.name.trim() !== "") headers[header.name.trim()] = rt.text(header.value);
  }
  let body: string | undefined;
  if (data.body.trim() !== "") {
    const parsed = parseJsonBody(data.body);
    if (!parsed.ok) return { ok: false, error: `the body is not JSON: ${parsed.error}` };
    body = JSON.stringify(fillJson(parsed.value, rt));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["Content-Type"] = "application/json";
  }
  return {
    ok: true,
    request: {
      type: "http_request",
      method: data.method,
      url: urlText(rt, data.url),
      headers,
      ...(body === undefined ? {} : { body }),
      timeoutMs: Math.min(Math.max(1, Math.round(data.timeoutMs)), 10_000),
      responseMappings: data.mappings,
    },
  };
}
