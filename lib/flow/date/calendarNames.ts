import type { Locale } from "../localized";

export const MONTH_NAMES: Record<Locale, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  tr: [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
  ],
};

/** Sunday first, as `Date#getUTCDay` counts. */
export const DAY_NAMES: Record<Locale, readonly string[]> = {
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  tr: ["Pazar", "Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"],
};

/** Month words customers type (folded with normalizeText), including Dutch for our Dutch shops. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  [
    ["january jan januari ocak oca", 1],
    ["february feb februari subat sub", 2],
    ["march mar maart mart", 3],
    ["april apr nisan nis", 4],
    ["may mei mayis", 5],
    ["june jun juni haziran haz", 6],
    ["july jul juli temmuz tem", 7],
    ["august aug augustus agustos agu", 8],
    ["september sep sept eylul eyl", 9],
    ["october oct oktober okt ekim eki", 10],
    ["november nov kasim kas", 11],
    ["december dec aralik ara", 12],
  ].flatMap(([words, month]) =>
    String(words)
      .split(" ")
      .map((w): [string, number] => [w, Number(month)]),
  ),
);
