import { describe, expect, it } from "vitest";
import { clampText } from "./clampText";
import { foldCase, matchesKeyword, normalizeText } from "./normalizeText";

describe("normalizeText", () => {
  it("folds the Turkish i family to one letter", () => {
    for (const word of ["İSTANBUL", "istanbul", "ıstanbul", "ISTANBUL", "İstanbul"]) {
      expect(normalizeText(word)).toBe("istanbul");
    }
  });

  it("drops accents and Turkish diacritics", () => {
    expect(normalizeText("ŞEKER ĞÇÖÜ şğçöü")).toBe("seker gcou sgcou");
    expect(normalizeText("Café Crème")).toBe("cafe creme");
  });

  it("foldCase keeps punctuation", () => {
    expect(foldCase("AYŞE@Gmail.COM")).toBe("ayse@gmail.com");
    expect(foldCase("IĞDIR-12")).toBe("igdir-12");
  });

  it("turns punctuation and emoji into single spaces", () => {
    expect(normalizeText("  Merhaba!!  👋 nasılsın? ")).toBe("merhaba nasilsin");
  });
});

describe("matchesKeyword", () => {
  it("matches exactly, ignoring case and accents", () => {
    expect(matchesKeyword("SİPARİŞ", "sipariş", "exact")).toBe(true);
    expect(matchesKeyword("siparis!", "Sipariş", "exact")).toBe(true);
    expect(matchesKeyword("siparişim nerede", "sipariş", "exact")).toBe(false);
  });

  it("contains matches whole words only", () => {
    expect(matchesKeyword("Siparişim nerede? Kargo takip", "kargo takip", "contains")).toBe(true);
    expect(matchesKeyword("this is it", "hi", "contains")).toBe(false);
    expect(matchesKeyword("hi there", "hi", "contains")).toBe(true);
  });

  it("never matches an empty keyword", () => {
    expect(matchesKeyword("anything", "  !! ", "contains")).toBe(false);
  });
});

describe("clampText", () => {
  it("keeps short text and never splits a surrogate pair", () => {
    expect(clampText("abc", 5)).toBe("abc");
    expect(clampText("ab😀", 3)).toBe("ab");
    expect(clampText("abcdef", 4)).toBe("abcd");
  });
});
