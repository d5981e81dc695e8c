import { describe, expect, it } from "vitest";
import { nodeTypes } from "@/lib/flow";
import { paletteSections } from "./palette-search";

describe("paletteSections", () => {
  it("lists every node type once, grouped in the palette's order", () => {
    const sections = paletteSections("");
    expect(sections.map((s) => s.group)).toEqual([
      "Messages",
      "Questions",
      "Logic",
      "Actions",
      "Commerce",
    ]);
    expect(sections.flatMap((s) => s.types).sort()).toEqual([...nodeTypes].sort());
  });

  it("searches labels and descriptions in English and Turkish, ignoring accents and case", () => {
    const typesFor = (q: string) => paletteSections(q).flatMap((s) => s.types);
    expect(typesFor("DELAY")).toContain("delay");
    expect(typesFor("bekle")).toContain("delay");
    expect(typesFor("indirim")).toContain("discount_code");
    expect(typesFor("zzzz nothing")).toEqual([]);
  });
});
