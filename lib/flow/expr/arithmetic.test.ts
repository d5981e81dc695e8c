import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import {
  evaluateExpression,
  expressionVariables,
  parseExpression,
  renameExpressionRoots,
  toNumber,
} from "./arithmetic";

const vars: Record<string, JsonValue> = {
  price: 19.99,
  qty: "3",
  rate: "0,18",
  name: "Ayşe",
  zero: 0,
};
const lookup = (ref: string) => vars[ref];

function calc(source: string) {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  return evaluateExpression(parsed.expression, lookup);
}

describe("arithmetic", () => {
  it("respects precedence, associativity and parentheses", () => {
    expect(calc("1 + 2 * 3")).toEqual({ ok: true, value: 7 });
    expect(calc("(1 + 2) * 3")).toEqual({ ok: true, value: 9 });
    expect(calc("10 - 4 - 3")).toEqual({ ok: true, value: 3 });
    expect(calc("2 ^ 3 ^ 2")).toEqual({ ok: true, value: 512 });
    expect(calc("-2 ^ 2")).toEqual({ ok: true, value: -4 });
    expect(calc("7 % 4 + -1")).toEqual({ ok: true, value: 2 });
  });

  it("reads variables, numeric strings and Turkish decimal commas", () => {
    expect(calc("price * qty")).toEqual({ ok: true, value: 59.97 });
    expect(calc("round(price * qty * (1 + rate), 2)")).toEqual({ ok: true, value: 70.76 });
    expect(calc("{{qty}} + 1")).toEqual({ ok: true, value: 4 });
    expect(calc("max(1, qty, 2) + min(4, 5) + abs(-1) + floor(1.9) + ceil(1.1)")).toEqual({
      ok: true,
      value: 11,
    });
  });

  it("reports bad input instead of throwing", () => {
    expect(calc("price / zero")).toMatchObject({ ok: false, error: "Division by zero" });
    expect(calc("name + 1")).toMatchObject({ ok: false });
    expect(calc("missing + 1")).toMatchObject({ ok: false });
    expect(calc("1 +")).toMatchObject({ ok: false });
    expect(calc("(1 + 2")).toMatchObject({ ok: false });
    expect(calc("alert(1)")).toMatchObject({ ok: false, error: 'Unknown function "alert"' });
    expect(calc("1; process.exit()")).toMatchObject({ ok: false });
    expect(calc("")).toMatchObject({ ok: false });
    expect(calc("round()")).toMatchObject({ ok: false });
    expect(calc("x".repeat(501))).toMatchObject({ ok: false });
    expect(calc("(".repeat(100) + "1" + ")".repeat(100))).toMatchObject({ ok: false });
    expect(calc("10 ^ 400")).toMatchObject({ ok: false });
  });

  it("lists and renames variables but not functions", () => {
    expect(expressionVariables("round(price * qty, 2) + {{order.total}}")).toEqual([
      "price",
      "qty",
      "order.total",
    ]);
    expect(
      renameExpressionRoots("round(price * prices, 2) + price.x", (r) =>
        r === "price" ? "fiyat" : r,
      ),
    ).toBe("round(fiyat * prices, 2) + fiyat.x");
  });

  it("converts values to numbers conservatively", () => {
    expect(toNumber("12")).toBe(12);
    expect(toNumber(" 3,5 ")).toBe(3.5);
    expect(toNumber("1.234,5")).toBeUndefined();
    expect(toNumber("")).toBeUndefined();
    expect(toNumber(true)).toBeUndefined();
  });
});
