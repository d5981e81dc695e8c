import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { catalogs } from "./messages";

function flatten(
  value: unknown,
  prefix = "",
  out = new Map<string, string>(),
): Map<string, string> {
  if (typeof value === "string") {
    out.set(prefix, value);
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

/** ICU argument names used by a message, e.g. `{name}` and `{seconds, plural, …}`. */
function argumentsOf(message: string): string[] {
  return [
    ...new Set(
      [...message.matchAll(/\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*[,}]/g)].map((m) => m[1] ?? ""),
    ),
  ].sort();
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(catalogs[locale])]));

describe("message catalogs", () => {
  it.each(LOCALES)("%s has exactly the keys of every other language", (locale) => {
    for (const other of LOCALES) {
      const missing = [...(flat[other]?.keys() ?? [])].filter((key) => !flat[locale]?.has(key));
      expect(missing, `keys in ${other} missing from ${locale}`).toEqual([]);
    }
  });

  it("uses the same placeholders in every language", () => {
    for (const [key, english] of flat.en ?? []) {
      for (const locale of LOCALES) {
        const translated = flat[locale]?.get(key) ?? "";
        expect(argumentsOf(translated), `${locale}:${key}`).toEqual(argumentsOf(english));
      }
    }
  });

  it("has no empty messages", () => {
    for (const locale of LOCALES) {
      for (const [key, message] of flat[locale] ?? [])
        expect(message.trim(), `${locale}:${key}`).not.toBe("");
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return ["node_modules", ".next", ".data"].includes(name) ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("keys used in the code", () => {
  const root = path.resolve(__dirname, "../..");
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));

  it('exist in the catalogs (literal t("…") calls, resolved against their namespace)', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      // Each call resolves against the nearest declaration above it (a file may declare `t` twice).
      const declarations = [
        ...source.matchAll(
          /const\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:"([\w.]*)")?\s*\)/g,
        ),
      ].map((m) => ({ variable: m[1] ?? "", namespace: m[2] ?? "", at: m.index }));
      for (const variable of new Set(declarations.map((d) => d.variable))) {
        for (const m of source.matchAll(new RegExp(`\\b${variable}\\(\\s*"([\\w.]+)"`, "g"))) {
          const scope = declarations.filter((d) => d.variable === variable && d.at < m.index).pop();
          if (!scope) continue;
          const key = scope.namespace ? `${scope.namespace}.${m[1]}` : (m[1] ?? "");
          if (!flat.en?.has(key)) missing.push(`${path.relative(root, file)}: ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("include every error key a schema or AppError can produce", () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, "utf8").matchAll(/"((?:errors|auth\.errors)\.[\w.]+)"/g)) {
        const key = m[1] ?? "";
        if (!flat.en?.has(key) && !key.endsWith("."))
          missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
