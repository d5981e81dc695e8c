import { useLocale } from "next-intl";
import type { Locale, Localized } from "@/lib/flow";

/** lib/flow carries every user-facing text in both languages; the UI picks its own. */
export function useUiLocale(): Locale {
  return useLocale() === "tr" ? "tr" : "en";
}

export function pickLocalized(text: Localized, locale: Locale): string {
  return locale === "tr" ? text.tr : text.en;
}
