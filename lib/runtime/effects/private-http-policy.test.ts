import { describe, expect, it } from "vitest";
import { privateHttpAllowed } from "./private-http-policy";

describe("privateHttpAllowed", () => {
  it("lets the workspace decide in `workspace` mode", () => {
    expect(privateHttpAllowed("workspace", true)).toBe(true);
    expect(privateHttpAllowed("workspace", false)).toBe(false);
  });

  it("overrides the workspace when the operator chose `always` or `never`", () => {
    expect(privateHttpAllowed("always", false)).toBe(true);
    expect(privateHttpAllowed("always", true)).toBe(true);
    expect(privateHttpAllowed("never", true)).toBe(false);
    expect(privateHttpAllowed("never", false)).toBe(false);
  });
});
