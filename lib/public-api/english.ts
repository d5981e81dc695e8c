import { createTranslator } from "next-intl";
import { catalogs } from "@/lib/i18n/messages";

/** The English catalog entry at a dotted key, if there is a message there. */
function lookup(key: string): string | undefined {
  let node: unknown = catalogs.en;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return undefined;
    node = Object.getOwnPropertyDescriptor(node, part)?.value;
  }
  return typeof node === "string" ? node : undefined;
}

/**
 * The public API answers programs in English: catalog keys (AppError messages and zod issues)
 * become the app's own English sentences, so API users read what marketers read.
 */
export function englishMessage(
  key: string,
  params: Record<string, string | number> = {},
  fallback: string = key,
): string {
  const message = lookup(key);
  if (message === undefined) return fallback;
  const values = { ...params };
  if (typeof values.what === "string")
    values.what = lookup(`errors.things.${values.what}`) ?? values.what;
  // Keys arrive at run time, so format the one message through a catalog of its own.
  return createTranslator({ locale: "en", messages: { message } })("message", values);
}
