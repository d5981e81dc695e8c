import { describe, expect, it } from "vitest";
import type { JsonValue } from "../json";
import {
  getPath,
  interpolate,
  isValidVariableName,
  replaceTemplateRoots,
  templateTokens,
} from "./interpolate";

const vars: Record<string, JsonValue> = {
  email: "ayse@example.com",
  count: 3,
  vip: true,
  order: { status: "kargoda", items: [{ title: "Çay" }] },
  empty: "",
  müşteri_adı: "Ayşe",
};
const lookup = (ref: string): JsonValue | undefined => {
  const [root = "", ...rest] = ref.split(".");
  return getPath(vars[root], rest);
};

describe("interpolate", () => {
  it("fills variables, nested paths and Turkish names", () => {
    expect(interpolate("Hi {{ email }} ({{count}}, {{vip}})", lookup)).toBe(
      "Hi ayse@example.com (3, true)",
    );
    expect(
      interpolate("{{order.status}} / {{order.items.0.title}} / {{order.items.length}}", lookup),
    ).toBe("kargoda / Çay / 1");
    expect(interpolate("Merhaba {{müşteri_adı}}", lookup)).toBe("Merhaba Ayşe");
  });

  it("uses the fallback for missing or empty values", () => {
    expect(interpolate("Hi {{name|there}} {{empty | friend}}", lookup)).toBe("Hi there friend");
    expect(interpolate("Hi {{name}}!", lookup)).toBe("Hi !");
  });

  it("leaves template placeholders and broken braces alone", () => {
    expect(interpolate("{{1}} {{ }} {email}", lookup)).toBe("{{1}} {{ }} {email}");
  });

  it("encodes substituted values only", () => {
    expect(
      interpolate("https://x.test/?q={{order.status}}&e={{email}}", lookup, encodeURIComponent),
    ).toBe("https://x.test/?q=kargoda&e=ayse%40example.com");
  });

  it("renders objects as JSON", () => {
    expect(interpolate("{{order.items}}", lookup)).toBe('[{"title":"Çay"}]');
  });
});

describe("template tokens", () => {
  it("reports roots, with contact references kept whole", () => {
    expect(
      templateTokens("{{order.status}} {{contact.name}} {{contact.fields}} {{x|y}}").map(
        (t) => t.root,
      ),
    ).toEqual(["order", "contact.name", "contact.fields", "x"]);
  });

  it("renames roots without touching longer names or paths", () => {
    expect(
      replaceTemplateRoots("{{order}} {{order.status}} {{orders}} {{ order | none }}", (r) =>
        r === "order" ? "siparis" : r,
      ),
    ).toBe("{{siparis}} {{siparis.status}} {{orders}} {{ siparis | none }}");
  });

  it("validates variable names", () => {
    expect(isValidVariableName("first_name")).toBe(true);
    expect(isValidVariableName("müşteri_adı")).toBe(true);
    expect(isValidVariableName("1st")).toBe(false);
    expect(isValidVariableName("a b")).toBe(false);
    expect(isValidVariableName("")).toBe(false);
    expect(isValidVariableName("contact")).toBe(false);
    expect(isValidVariableName("__proto__")).toBe(false);
  });
});
