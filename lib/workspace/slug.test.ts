import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("keeps Turkish names readable", () => {
    expect(slugify("Çiçek Ağacı Şubesi")).toBe("cicek-agaci-subesi");
    expect(slugify("İstanbul Ürünleri")).toBe("istanbul-urunleri");
  });
  it("handles Dutch accents and punctuation", () => {
    expect(slugify("Café de Ijsselmeer & Co.")).toBe("cafe-de-ijsselmeer-co");
  });
  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("workspace");
    expect(slugify("🙂")).toBe("workspace");
  });
  it("caps the length without a trailing dash", () => {
    const slug = slugify("a".repeat(39) + " bcd");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});
