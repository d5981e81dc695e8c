import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/flow";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

/** The caller's UI language, for problem lists and trigger names that lib/flow gives in both. */
export async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
