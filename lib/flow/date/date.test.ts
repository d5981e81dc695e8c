import { describe, expect, it } from "vitest";
import { formatDate, toTimestamp } from "./formatDate";
import { parseDateAnswer } from "./parseDateAnswer";
import { isValidTimeZone } from "./zonedTime";

// 2025-03-12T21:30:05Z: already the 13th (a Thursday) in Istanbul (UTC+3).
const NOW = Date.UTC(2025, 2, 12, 21, 30, 5);

describe("formatDate", () => {
  it("formats in the flow's time zone and language", () => {
    expect(formatDate(NOW, "DD.MM.YYYY HH:mm:ss", "Europe/Istanbul", "tr")).toBe(
      "13.03.2025 00:30:05",
    );
    expect(formatDate(NOW, "dddd D MMMM YY", "Europe/Istanbul", "tr")).toBe("Perşembe 13 Mart 25");
    expect(formatDate(NOW, "ddd, MMM D [at] H:mm", "Europe/Amsterdam", "en")).toBe(
      "Wed, Mar 12 at 22:30",
    );
    expect(formatDate(NOW, "M/D/YYYY", "UTC", "en")).toBe("3/12/2025");
  });

  it("knows valid time zones", () => {
    expect(isValidTimeZone("Europe/Istanbul")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("toTimestamp", () => {
  it("reads date-only values as local midnight", () => {
    const ms = toTimestamp("2025-03-12", "America/New_York");
    expect(ms).toBe(Date.UTC(2025, 2, 12, 4));
    expect(formatDate(ms ?? 0, "YYYY-MM-DD", "America/New_York", "en")).toBe("2025-03-12");
  });

  it("reads ms, ISO date-times and rejects junk", () => {
    expect(toTimestamp(NOW, "UTC")).toBe(NOW);
    expect(toTimestamp(String(NOW), "UTC")).toBe(NOW);
    expect(toTimestamp("2025-03-12T21:30:05Z", "UTC")).toBe(NOW);
    expect(toTimestamp("2025-02-30", "UTC")).toBeUndefined();
    expect(toTimestamp("next week", "UTC")).toBeUndefined();
    expect(toTimestamp(true, "UTC")).toBeUndefined();
  });
});

describe("parseDateAnswer", () => {
  const parse = (text: string, order: "DMY" | "MDY" = "DMY") =>
    parseDateAnswer(text, order, NOW, "Europe/Istanbul");

  it("reads numeric dates in either order", () => {
    expect(parse("12.03.2025")).toBe("2025-03-12");
    expect(parse("12/3/25")).toBe("2025-03-12");
    expect(parse("3/12/2025", "MDY")).toBe("2025-03-12");
    expect(parse("2025-03-12")).toBe("2025-03-12");
  });

  it("reads month names in Turkish, English and Dutch", () => {
    expect(parse("12 Mart 2025")).toBe("2025-03-12");
    expect(parse("1 ŞUBAT")).toBe("2025-02-01");
    expect(parse("March 12, 2024")).toBe("2024-03-12");
    expect(parse("5 mei 2025")).toBe("2025-05-05");
  });

  it("reads relative words in the flow's time zone", () => {
    expect(parse("bugün")).toBe("2025-03-13");
    expect(parse("Yarın")).toBe("2025-03-14");
    expect(parse("yesterday")).toBe("2025-03-12");
  });

  it("rejects impossible or unclear dates", () => {
    for (const bad of [
      "31.02.2025",
      "13/13/2025",
      "next week",
      "12",
      "12 03",
      "",
      "1 2 3 4",
      "12 foo 2025",
    ]) {
      expect(parse(bad), bad).toBeUndefined();
    }
  });
});
