import { describe, expect, it } from "vitest";
import { privateHttpModeFromEnv, runtimeConfigFromEnv, webhookPortFromEnv } from "./config";

function env(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { NODE_ENV: "test", ...vars };
}

describe("SOHBET_HTTP_ALLOW_PRIVATE", () => {
  it("defaults to letting each workspace decide", () => {
    expect(runtimeConfigFromEnv(env()).privateHttp).toBe("workspace");
    expect(privateHttpModeFromEnv(env())).toBe("workspace");
    expect(privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: "" }))).toBe("workspace");
  });

  it.each(["always", "workspace", "never"] as const)("accepts %s", (mode) => {
    expect(privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: mode }))).toBe(mode);
    expect(runtimeConfigFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: mode })).privateHttp).toBe(mode);
  });

  it("keeps the old on/off values: on means always, off means the workspace decides", () => {
    for (const on of ["1", "true", "TRUE", " yes ", "on"]) {
      expect(privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: on }))).toBe("always");
    }
    for (const off of ["0", "false", "no", "off"]) {
      expect(privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: off }))).toBe("workspace");
    }
    expect(privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: "Never" }))).toBe("never");
  });

  it("refuses anything else, naming the variable", () => {
    expect(() => privateHttpModeFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: "sometimes" }))).toThrow(
      /SOHBET_HTTP_ALLOW_PRIVATE/,
    );
    expect(() => runtimeConfigFromEnv(env({ SOHBET_HTTP_ALLOW_PRIVATE: "2" }))).toThrow(
      /SOHBET_HTTP_ALLOW_PRIVATE/,
    );
  });
});

describe("SOHBET_WEBHOOK_PORT", () => {
  it("is off unless set to a port", () => {
    expect(webhookPortFromEnv(env())).toBeNull();
    expect(webhookPortFromEnv(env({ SOHBET_WEBHOOK_PORT: "" }))).toBeNull();
    expect(webhookPortFromEnv(env({ SOHBET_WEBHOOK_PORT: "3001" }))).toBe(3001);
    expect(() => webhookPortFromEnv(env({ SOHBET_WEBHOOK_PORT: "70000" }))).toThrow(
      /SOHBET_WEBHOOK_PORT/,
    );
    expect(() => webhookPortFromEnv(env({ SOHBET_WEBHOOK_PORT: "web" }))).toThrow(
      /SOHBET_WEBHOOK_PORT/,
    );
  });
});

describe("SOHBET_READ_RECEIPTS", () => {
  it("is on unless switched off", () => {
    expect(runtimeConfigFromEnv(env()).readReceipts).toBe(true);
    expect(runtimeConfigFromEnv(env({ SOHBET_READ_RECEIPTS: "" })).readReceipts).toBe(true);
    expect(runtimeConfigFromEnv(env({ SOHBET_READ_RECEIPTS: "on" })).readReceipts).toBe(true);
    expect(runtimeConfigFromEnv(env({ SOHBET_READ_RECEIPTS: " OFF " })).readReceipts).toBe(false);
    expect(runtimeConfigFromEnv(env({ SOHBET_READ_RECEIPTS: "0" })).readReceipts).toBe(false);
  });

  it("refuses anything else, naming the variable", () => {
    expect(() => runtimeConfigFromEnv(env({ SOHBET_READ_RECEIPTS: "maybe" }))).toThrow(
      /SOHBET_READ_RECEIPTS/,
    );
  });
});
