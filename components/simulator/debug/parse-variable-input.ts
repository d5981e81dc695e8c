import type { JsonValue } from "@/lib/flow";
import { jsonValueSchema } from "@/lib/flow";

/**
 * What a value typed into the variables table means: JSON when it reads as JSON (`42`, `true`,
 * `{"id": 1}`), otherwise the text itself — a marketer typing Ayşe means the string "Ayşe".
 */
export function parseVariableInput(text: string): JsonValue {
  const trimmed = text.trim();
  try {
    const parsed = jsonValueSchema.safeParse(JSON.parse(trimmed));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the text as typed.
  }
  return text;
}

/** The editable form of a value: strings as they are, everything else as JSON. */
export function variableInputText(value: JsonValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
