import type { JsonValue } from "../json";
import type { Locale } from "../localized";
import { DAY_NAMES, MONTH_NAMES } from "./calendarNames";
import { isCalendarDate, wallTime, zonedMidnight } from "./zonedTime";

const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|mm|ss/g;

const pad = (n: number) => String(n).padStart(2, "0");

/** Formats `ms` in `timeZone` with YYYY YY MMMM MMM MM M DD D dddd ddd HH H mm ss and [literals]. */
export function formatDate(ms: number, format: string, timeZone: string, locale: Locale): string {
  const t = wallTime(ms, timeZone);
  return format.replace(TOKENS, (token: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY":
        return String(t.year);
      case "YY":
        return pad(t.year % 100);
      case "MMMM":
        return MONTH_NAMES[locale][t.month - 1] ?? "";
      case "MMM":
        return (MONTH_NAMES[locale][t.month - 1] ?? "").slice(0, 3);
      case "MM":
        return pad(t.month);
      case "M":
        return String(t.month);
      case "DD":
        return pad(t.day);
      case "D":
        return String(t.day);
      case "dddd":
        return DAY_NAMES[locale][t.weekday] ?? "";
      case "ddd":
        return (DAY_NAMES[locale][t.weekday] ?? "").slice(0, 3);
      case "HH":
        return pad(t.hour);
      case "H":
        return String(t.hour);
      case "mm":
        return pad(t.minute);
      default:
        return pad(t.second);
    }
  });
}

/**
 * A variable's value as a point in time: unix ms, an ISO date-time, or a `YYYY-MM-DD` date (taken
 * as local midnight in `timeZone`, so formatting it never shifts the day).
 */
export function toTimestamp(value: JsonValue | undefined, timeZone: string): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    return isCalendarDate(year, month, day) ? zonedMidnight(year, month, day, timeZone) : undefined;
  }
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return undefined;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : parsed;
}
