import { describe, expect, it } from "vitest";
import { performHttp } from "./perform-http";
import { isPrivateAddressRefusal, privateHttpAllowed } from "./private-http-policy";

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

describe("isPrivateAddressRefusal", () => {
  it("recognises performHttp's refusal, and nothing else", async () => {
    const result = await performHttp(
      {
        type: "http_request",
        effectId: "s:e1",
        method: "GET",
        url: "http://10.1.2.3/orders",
        headers: {},
        timeoutMs: 1_000,
        responseMappings: [],
      },
      { allowPrivate: false },
    );
    expect(result.status).toBe("error");
    expect(isPrivateAddressRefusal(result.status === "error" ? (result.message ?? "") : "")).toBe(
      true,
    );
    expect(isPrivateAddressRefusal("HTTP 404")).toBe(false);
  });
});
