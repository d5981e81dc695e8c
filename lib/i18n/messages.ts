import en from "./messages/en.json";
import tr from "./messages/tr.json";
import type { Locale } from "./config";

export const catalogs = { en, tr } satisfies Record<Locale, typeof en>;
export type Messages = typeof en;
