import { describe, expect, it } from "vitest";
import { classifiedErrorSchema, classifyError, kindForCode } from "./classify-error";

function graph(code: number, extra: Record<string, unknown> = {}) {
  return {
    error: {
      message: `(#${code}) something`,
      type: "OAuthException",
      code,
      error_data: { messaging_product: "whatsapp", details: `details of ${code}` },
      fbtrace_id: "AbCdEf",
      ...extra,
    },
  };
}

describe("classifyError", () => {
  it.each([
    [131047, 400, "window_closed", false],
    [130429, 400, "rate_limited", true],
    [131056, 400, "rate_limited", true],
    [80007, 400, "rate_limited", true],
    [4, 400, "rate_limited", true],
    [131048, 400, "rate_limited", true],
    [131000, 500, "transient", true],
    [1, 400, "transient", true],
    [2, 503, "transient", true],
    [133004, 503, "transient", true],
    [100, 400, "permanent", false],
    [131026, 400, "permanent", false],
    [131008, 400, "permanent", false],
    [131009, 400, "permanent", false],
    [131051, 400, "permanent", false],
    [132000, 400, "permanent", false],
    [132001, 404, "permanent", false],
    [132015, 400, "permanent", false],
    [190, 401, "auth", false],
    [10, 403, "auth", false],
    [200, 403, "auth", false],
    [299, 403, "auth", false],
    [0, 401, "auth", false],
    [368, 403, "auth", false],
    [131031, 403, "auth", false],
  ] as const)("code %i (HTTP %i) is %s", (code, status, kind, retryable) => {
    const error = classifyError(status, graph(code));
    expect(error).toEqual({
      kind,
      code,
      message: `(#${code}) something`,
      details: `details of ${code}`,
      fbtraceId: "AbCdEf",
      httpStatus: status,
      source: "graph",
      retryable,
    });
    expect(classifiedErrorSchema.safeParse(error).success).toBe(true);
  });

  it("reads a body given as text, and a numeric-string code", () => {
    expect(classifyError(400, JSON.stringify(graph(131047)))).toMatchObject({
      kind: "window_closed",
      code: 131047,
    });
    expect(classifyError(400, { error: { code: "130429" } })).toMatchObject({
      kind: "rate_limited",
      code: 130429,
      message: "Graph API error 130429",
    });
  });

  it("keeps the subcode: 100/33 is an id Graph cannot see", () => {
    expect(classifyError(400, graph(100, { error_subcode: 33 }))).toMatchObject({
      kind: "permanent",
      code: 100,
      subcode: 33,
    });
  });

  it("unknown codes fall back on the HTTP status, and Graph's is_transient is honoured", () => {
    expect(kindForCode(999999, 500)).toBe("transient");
    expect(kindForCode(999999, 400)).toBe("permanent");
    expect(classifyError(400, graph(999999, { is_transient: true }))).toMatchObject({
      kind: "transient",
      retryable: true,
    });
  });

  it("bare HTTP errors without a Graph body", () => {
    expect(classifyError(500, "Internal Server Error")).toEqual({
      kind: "transient",
      code: null,
      message: "HTTP 500: Internal Server Error",
      httpStatus: 500,
      source: "http",
      retryable: true,
    });
    expect(classifyError(502, "<html>Bad gateway</html>")).toMatchObject({
      kind: "transient",
      retryable: true,
    });
    expect(classifyError(429, "")).toMatchObject({
      kind: "rate_limited",
      message: "HTTP 429",
      retryable: true,
    });
    expect(classifyError(401, undefined)).toMatchObject({ kind: "auth", retryable: false });
    expect(classifyError(404, "{}")).toMatchObject({ kind: "permanent", retryable: false });
  });

  it("network errors and timeouts are transient", () => {
    const refused = new TypeError("fetch failed", {
      cause: new Error("connect ECONNREFUSED 127.0.0.1:1"),
    });
    expect(classifyError(null, refused)).toEqual({
      kind: "transient",
      code: null,
      message: "fetch failed: connect ECONNREFUSED 127.0.0.1:1",
      source: "network",
      retryable: true,
    });
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(classifyError(null, timeout)).toMatchObject({
      kind: "transient",
      source: "timeout",
      retryable: true,
    });
    expect(classifyError(null, "weird")).toMatchObject({
      kind: "transient",
      source: "network",
      message: "weird",
    });
  });
});
