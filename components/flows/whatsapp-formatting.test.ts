import { describe, expect, it } from "vitest";
import { parseWhatsAppFormatting } from "./whatsapp-formatting";

describe("parseWhatsAppFormatting", () => {
  it("reads bold, italic, strike and monospace", () => {
    expect(parseWhatsAppFormatting("Get *10% off* now, _today_ ~only~ ```CODE```")).toEqual([
      { text: "Get " },
      { text: "10% off", bold: true },
      { text: " now, " },
      { text: "today", italic: true },
      { text: " " },
      { text: "only", strike: true },
      { text: " " },
      { text: "CODE", mono: true },
    ]);
  });

  it("nests markers and keeps Turkish letters and emoji", () => {
    expect(parseWhatsAppFormatting("🎉 *İlk siparişte _%10_ indirim*")).toEqual([
      { text: "🎉 " },
      { text: "İlk siparişte ", bold: true },
      { text: "%10", bold: true, italic: true },
      { text: " indirim", bold: true },
    ]);
  });

  it("leaves markers inside words, with spaces inside, or across lines alone", () => {
    for (const text of [
      "utm_source=whatsapp&utm_campaign=welcome",
      "5 * 3 * 2",
      "*not\nbold*",
      "a*b*c",
    ]) {
      expect(parseWhatsAppFormatting(text)).toEqual([{ text }]);
    }
  });

  it("keeps line breaks in plain text", () => {
    expect(parseWhatsAppFormatting("Hi!\n\n*Order*\n1️⃣ Pack")).toEqual([
      { text: "Hi!\n\n" },
      { text: "Order", bold: true },
      { text: "\n1️⃣ Pack" },
    ]);
  });
});
