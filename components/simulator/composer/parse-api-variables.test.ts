import { describe, expect, it } from "vitest";
import { parseApiVariables } from "./parse-api-variables";

describe("parseApiVariables", () => {
  it("accepts an object of JSON values, or nothing", () => {
    expect(parseApiVariables('{"order": {"id": 42, "items": ["a"]}, "name": "Ayşe"}')).toEqual({
      ok: true,
      variables: { order: { id: 42, items: ["a"] }, name: "Ayşe" },
    });
    expect(parseApiVariables("  ")).toEqual({ ok: true, variables: {} });
  });

  it("says what is wrong with anything else", () => {
    expect(parseApiVariables("{name: 1}")).toMatchObject({ ok: false, error: "json" });
    expect(parseApiVariables("[1, 2]")).toEqual({ ok: false, error: "object" });
    expect(parseApiVariables('"text"')).toEqual({ ok: false, error: "object" });
    expect(parseApiVariables('{"": 1}')).toEqual({ ok: false, error: "names" });
  });
});
