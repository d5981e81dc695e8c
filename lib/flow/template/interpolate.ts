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

/** Literal text and references alternating: [text, ref, text, ref, …, text]. */
interface CompiledTemplate {
  texts: string[];
  refs: { ref: string; fallback: string | undefined }[];
}

// The same few templates are filled for every conversation: tokenise each once.
const compiled = new Map<string, CompiledTemplate>();

function compile(text: string): CompiledTemplate {
  let template = compiled.get(text);
  if (template !== undefined) return template;
  template = { texts: [], refs: [] };
  let last = 0;
  for (const token of templateTokens(text)) {
    template.texts.push(text.slice(last, token.start));
    template.refs.push({ ref: token.ref, fallback: token.fallback?.trim() });
    last = token.end;
  }
  template.texts.push(text.slice(last));
  if (compiled.size > 5000) compiled.clear();
  compiled.set(text, template);
  return template;
}

export function interpolate(
  text: string,
  lookup: (ref: string) => JsonValue | undefined,
  encode?: (value: string) => string,
): string {
  if (!text.includes("{{")) return text;
  const { texts, refs } = compile(text);
  let out = texts[0] ?? "";
  for (let i = 0; i < refs.length; i += 1) {
    const token = refs[i];
    if (token === undefined) continue;
    const value = valueToText(lookup(token.ref));
    const shown = value === "" && token.fallback !== undefined ? token.fallback : value;
    out += (encode === undefined ? shown : encode(shown)) + (texts[i + 1] ?? "");
  }
  return out;
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
