import { describe, expect, it } from "vitest";
import { evaluateJsonPath, parseJsonPath } from "./jsonPath";

const body = {
  order: {
    status: "shipped",
    "tracking url": "https://t.test/1",
    items: [{ title: "Tea" }, { title: "Cup" }],
  },
  ok: true,
};

function pick(path: string) {
  const parsed = parseJsonPath(path);
  if (!parsed.ok) throw new Error(parsed.error);
  return evaluateJsonPath(body, parsed.path);
}

describe("json path", () => {
  it("reads keys, indexes, quoted keys, negative indexes and length", () => {
    expect(pick("$.order.status")).toBe("shipped");
    expect(pick("order.items[1].title")).toBe("Cup");
    expect(pick("$.order['tracking url']")).toBe("https://t.test/1");
    expect(pick('$["order"]["items"][-1].title')).toBe("Cup");
    expect(pick("$.order.items.length")).toBe(2);
    expect(pick("$")).toEqual(body);
    expect(pick("$.ok")).toBe(true);
  });

  it("returns undefined for missing values", () => {
    expect(pick("$.order.missing.deeper")).toBeUndefined();
    expect(pick("$.order.items[5]")).toBeUndefined();
    expect(pick("$.ok[0]")).toBeUndefined();
    expect(pick("$.toString")).toBeUndefined();
  });

  it("rejects malformed paths", () => {
    for (const bad of ["", "$..a", "$.a[", "$.a[x]", "$ a", "$.a]"]) {
      expect(parseJsonPath(bad).ok, bad).toBe(false);
    }
  });
});
