import { describe, expect, it } from "vitest";
import { nodeRegistry } from "@/lib/flow";
import { variantDefault } from "./variant-default";

describe("variantDefault", () => {
  const answer = nodeRegistry.question.schema.shape.data.shape.answer.unwrap();
  const trigger = nodeRegistry.start.schema.shape.data.shape.trigger;

  it("fills lib/flow's defaults for the chosen variant", () => {
    expect(variantDefault(answer, answer.options, "type", "number")).toEqual({
      type: "number",
      integer: false,
    });
    expect(variantDefault(answer, answer.options, "type", "phone")).toEqual({
      type: "phone",
      defaultCountry: "TR",
    });
  });

  it("gives required fields without defaults an empty value", () => {
    expect(variantDefault(trigger, trigger.options, "kind", "keyword")).toEqual({
      kind: "keyword",
      keywords: [],
      match: "exact",
    });
  });
});
