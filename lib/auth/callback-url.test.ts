import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/w/acme/flows?q=x")).toBe("/w/acme/flows?q=x");
  });
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    42,
    null,
  ])("refuses %s", (value) => {
    expect(safeCallbackUrl(value)).toBe("/");
  });
});
