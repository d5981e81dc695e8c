import { describe, expect, it } from "vitest";
import { parseCodes } from "./parse-codes";
import { addCodesSchema, createPoolSchema } from "./schemas";

describe("parseCodes", () => {
  it("reads codes one per line, comma/semicolon/space separated and quoted CSV cells", () => {
    expect(parseCodes('WELCOME-1\nWELCOME-2, WELCOME-3;WELCOME_4\t"WELCOME5"\r\n\n')).toEqual({
      codes: ["WELCOME-1", "WELCOME-2", "WELCOME-3", "WELCOME_4", "WELCOME5"],
      invalid: [],
      duplicates: 0,
    });
  });

  it("keeps Turkish letters, drops repeats and reports entries that are not codes", () => {
    const parsed = parseCodes("İNDİRİM10 indirim10 İNDİRİM10 50%OFF <b> " + "X".repeat(65));
    expect(parsed.codes).toEqual(["İNDİRİM10", "indirim10"]);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.invalid).toEqual(["50%OFF", "<b>", "X".repeat(65)]);
  });

  it("finds nothing in blank text", () => {
    expect(parseCodes(" \n\t ")).toEqual({ codes: [], invalid: [], duplicates: 0 });
  });
});

describe("pool schemas", () => {
  it("turns pasted text into codes and refuses text with a bad entry", () => {
    expect(createPoolSchema.parse({ name: " Welcome ", codes: "A1\nA2\nA1" })).toEqual({
      name: "Welcome",
      codes: ["A1", "A2"],
    });
    expect(createPoolSchema.parse({ name: "Empty" })).toEqual({ name: "Empty", codes: [] });
    const bad = createPoolSchema.safeParse({ name: "x", codes: "A1 50%OFF" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("errors.discountPool.invalidCodes");
  });

  it("needs at least one code to add and at most 10,000 at once", () => {
    expect(addCodesSchema.safeParse({ codes: " " }).error?.issues[0]?.message).toBe(
      "errors.discountPool.noCodes",
    );
    const many = Array.from({ length: 10_001 }, (_, i) => `C${i}`).join("\n");
    expect(addCodesSchema.safeParse({ codes: many }).error?.issues[0]?.message).toBe(
      "errors.discountPool.tooManyCodes",
    );
  });
});
