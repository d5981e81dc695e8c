import { z } from "zod";

/** The UI speaks English and Turkish; every user-facing string the module produces carries both. */
export const localeSchema = z.enum(["en", "tr"]);
export type Locale = z.infer<typeof localeSchema>;

export const localizedSchema = z.object({ en: z.string(), tr: z.string() });
export type Localized = z.infer<typeof localizedSchema>;

export function localized(en: string, tr: string): Localized {
  return { en, tr };
}
