import type { JsonValue } from "../json";

/**
 * `{{name}}`, `{{order.items.0.title}}`, `{{contact.name}}`, `{{first_name|there}}` (fallback when
 * empty). Names may use any letters (Turkish marketers write `{{müşteri_adı}}`); a name must start
 * with a letter or `_`, which keeps template placeholders like `{{1}}` out.
 */
const TOKEN = /\{\{\s*([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*)\s*(?:\|([^{}]*?))?\s*\}\}/gu;

export const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** `contact` is the contact namespace; the others would reach Object.prototype. */
const RESERVED = new Set(["contact", "__proto__", "constructor", "prototype"]);

export function isValidVariableName(name: string): boolean {
  return VARIABLE_NAME.test(name) && !RESERVED.has(name);
}

export interface TemplateToken {
  /** Full reference, e.g. `order.status`. */
  ref: string;
  /** Variable name, or `contact.<field>` for contact references. */
  root: string;
  fallback: string | undefined;
  start: number;
  end: number;
}

export function rootOfReference(ref: string): string {
  const dot = ref.indexOf(".");
  if (dot < 0) return ref;
  const head = ref.slice(0, dot);
  if (head !== "contact") return head;
  const next = ref.indexOf(".", dot + 1);
  return next < 0 ? ref : ref.slice(0, next);
}

export function templateTokens(text: string): TemplateToken[] {
  if (!text.includes("{{")) return [];
  const tokens: TemplateToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const ref = match[1] ?? "";
    tokens.push({
      ref,
      root: rootOfReference(ref),
      fallback: match[2],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

export function valueToText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function interpolate(
  text: string,
  lookup: (ref: string) => JsonValue | undefined,
  encode?: (value: string) => string,
): string {
  if (!text.includes("{{")) return text;
  return text.replace(TOKEN, (_whole, ref: string, fallback: string | undefined) => {
    const value = valueToText(lookup(ref));
    const shown = value === "" && fallback !== undefined ? fallback.trim() : value;
    return encode === undefined ? shown : encode(shown);
  });
}

/** Rewrites the root of every reference (`rename(root)` returns the new root, or the same one). */
export function replaceTemplateRoots(text: string, rename: (root: string) => string): string {
  if (!text.includes("{{")) return text;
  return text.replace(TOKEN, (whole: string, ref: string) => {
    const root = rootOfReference(ref);
    const next = rename(root);
    if (next === root) return whole;
    return whole.replace(ref, next + ref.slice(root.length));
  });
}

/** Reads `a.b.0.c` inside a JSON value. */
export function getPath(
  value: JsonValue | undefined,
  path: readonly string[],
): JsonValue | undefined {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current)) {
      current = key === "length" ? current.length : current[Number(key)];
    } else if (typeof current === "object" && current !== null) {
      current = Object.hasOwn(current, key) ? current[key] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}
