import type { JsonValue } from "@/lib/flow";
import { apiStartVariablesSchema } from "@/lib/simulator/customer-action";

export type ParsedVariables =
  | { ok: true; variables: Record<string, JsonValue> }
  | { ok: false; error: "json" | "object" | "names"; detail?: string };

/**
 * The variables of an API start as typed in the simulator: a JSON object whose keys are variable
 * names. Empty means none. Errors are keys the dialog words in the reader's language.
 */
export function parseApiVariables(text: string): ParsedVariables {
  if (text.trim() === "") return { ok: true, variables: {} };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: "json", detail: error instanceof Error ? error.message : undefined };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: "object" };
  }
  const parsed = apiStartVariablesSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: "names" };
  return { ok: true, variables: parsed.data };
}
