import { afterEach, describe, expect, it } from "vitest";
import { publicOrigin } from "./public-url";

function request(headers: Record<string, string>) {
  return {
    headers: new Headers(headers),
    nextUrl: { origin: "http://localhost:3000", protocol: "http:" },
  };
}

describe("publicOrigin", () => {
  afterEach(() => {
    delete process.env.SOHBET_PUBLIC_URL;
  });
  it("uses the configured public URL first", () => {
    process.env.SOHBET_PUBLIC_URL = "https://chat.example.com/";
    expect(publicOrigin(request({ host: "internal:3000" }))).toBe("https://chat.example.com");
  });
  it("uses the address the browser used, behind a proxy too", () => {
    expect(publicOrigin(request({ host: "127.0.0.1:3100" }))).toBe("http://127.0.0.1:3100");
    expect(
      publicOrigin(
        request({
          host: "internal",
          "x-forwarded-host": "shop.example.nl",
          "x-forwarded-proto": "https",
        }),
      ),
    ).toBe("https://shop.example.nl");
  });
  it("ignores a forged host header", () => {
    expect(publicOrigin(request({ host: "evil.com/@x" }))).toBe("http://localhost:3000");
  });
});
