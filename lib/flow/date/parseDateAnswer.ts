import { normalizeText } from "../text/normalizeText";
import { MONTH_WORDS } from "./calendarNames";
import { isCalendarDate, isoDate, wallTime } from "./zonedTime";

const RELATIVE: ReadonlyMap<string, number> = new Map([
  ["today", 0],
  ["bugun", 0],
  ["vandaag", 0],
  ["tomorrow", 1],
  ["yarin", 1],
  ["morgen", 1],
  ["yesterday", -1],
  ["dun", -1],
  ["gisteren", -1],
]);

function fullYear(token: string): number {
  const n = Number(token);
  return token.length <= 2 ? 2000 + n : n;
}

/**
 * Reads a date the way customers type it: 12.03.2025, 12/3/25, 2025-03-12, "12 Mart 2025",
 * "March 12", "bugün", "yarın". Returns `YYYY-MM-DD` or undefined.
 */
export function parseDateAnswer(
  text: string,
  order: "DMY" | "MDY",
  now: number,
  timeZone: string,
): string | undefined {
  const words = normalizeText(text)
    .split(" ")
    .filter((w) => w !== "");
  const today = wallTime(now, timeZone);
  if (words.length === 1) {
    const shift = RELATIVE.get(words[0] ?? "");
    if (shift !== undefined) {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day + shift));
      return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  if (words.length < 2 || words.length > 3) return undefined;
  let year = today.year;
  let month: number | undefined;
  let day: number | undefined;
  const named = words.findIndex((w) => MONTH_WORDS.has(w));
  if (named >= 0) {
    month = MONTH_WORDS.get(words[named] ?? "");
    const numbers = words.filter((_, i) => i !== named);
    if (!numbers.every((w) => /^\d{1,4}$/.test(w))) return undefined;
    day = Number(numbers[0]);
    if (numbers[1] !== undefined) year = fullYear(numbers[1]);
  } else {
    if (words.length !== 3 || !words.every((w) => /^\d{1,4}$/.test(w))) return undefined;
    const [a = "", b = "", c = ""] = words;
    if (a.length === 4) {
      [year, month, day] = [Number(a), Number(b), Number(c)];
    } else {
      year = fullYear(c);
      [day, month] = order === "DMY" ? [Number(a), Number(b)] : [Number(b), Number(a)];
    }
  }
  if (month === undefined || day === undefined || !isCalendarDate(year, month, day))
    return undefined;
  return isoDate(year, month, day);
}
