import { describe, expect, it } from "vitest";
import { signBody, verifySignature } from "./signature";

const secret = "app-secret-123";

describe("verifySignature", () => {
  const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');

  it("accepts the signature Meta would send for the raw bytes", () => {
    expect(verifySignature(raw, signBody(raw, secret), secret)).toBe(true);
  });

  it("accepts a string body and an upper-case hex digest", () => {
    const header = signBody(raw, secret);
    expect(verifySignature(raw.toString("utf8"), header, secret)).toBe(true);
    expect(verifySignature(raw, "sha256=" + header.slice(7).toUpperCase(), secret)).toBe(true);
  });

  it("rejects a signature made with another secret", () => {
    expect(verifySignature(raw, signBody(raw, "other-secret"), secret)).toBe(false);
  });

  it("rejects a body changed by one byte", () => {
    const header = signBody(raw, secret);
    const tampered = Buffer.from(raw);
    tampered[tampered.length - 2] = 0x20;
    expect(verifySignature(tampered, header, secret)).toBe(false);
  });

  it("rejects missing, empty and malformed headers without throwing", () => {
    const hex = signBody(raw, secret).slice(7);
    for (const header of [
      null,
      undefined,
      "",
      "sha256=",
      hex,
      "sha1=" + hex,
      "sha256=" + hex.slice(2),
      "sha256=" + "zz".repeat(32),
      "sha256=" + hex + "00",
    ]) {
      expect(verifySignature(raw, header, secret)).toBe(false);
    }
  });

  it("verifies nothing when the app secret is empty", () => {
    expect(verifySignature(raw, signBody(raw, ""), "")).toBe(false);
  });

  it("checks the raw bytes: a re-serialised unicode body does not verify", () => {
    // Meta escapes non-ASCII as \uXXXX; JSON.stringify writes the characters themselves.
    const metaRaw = Buffer.from(
      '{"text":{"body":"Te\\u015fekk\\u00fcrler \\ud83d\\ude4f"},"url":"https:\\/\\/x.nl"}',
    );
    const header = signBody(metaRaw, secret);
    expect(verifySignature(metaRaw, header, secret)).toBe(true);
    const parsed: unknown = JSON.parse(metaRaw.toString("utf8"));
    expect(parsed).toEqual({ text: { body: "Teşekkürler 🙏" }, url: "https://x.nl" });
    const reserialised = Buffer.from(JSON.stringify(parsed));
    expect(verifySignature(reserialised, header, secret)).toBe(false);
  });
});
