import { describe, expect, it } from "vitest";
import { parseVariableInput, variableInputText } from "./parse-variable-input";

describe("variable values typed in the simulator", () => {
  it("reads JSON when it is JSON, else keeps the text", () => {
    expect(parseVariableInput("42")).toBe(42);
    expect(parseVariableInput(" true ")).toBe(true);
    expect(parseVariableInput('{"id": 1}')).toEqual({ id: 1 });
    expect(parseVariableInput("Ayşe")).toBe("Ayşe");
    expect(parseVariableInput('"quoted"')).toBe("quoted");
    expect(parseVariableInput("")).toBe("");
  });

  it("round-trips through the text shown for editing", () => {
    for (const value of ["Ayşe", 42, { a: [1, "x"] }, null, "42"]) {
      const text = variableInputText(value);
      expect(typeof value === "string" ? text : parseVariableInput(text)).toEqual(value);
    }
  });
});
