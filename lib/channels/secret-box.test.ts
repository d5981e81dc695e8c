import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  decryptSecret,
  encryptionKey,
  encryptSecret,
  EncryptionKeyError,
  parseEncryptionKey,
} from "./secret-box";

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["SOHBET_ENCRYPTION_KEY", "DATABASE_URL", "SOHBET_DATA_DIR", "NODE_ENV"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  globalThis.__sohbetEncryptionKey = undefined;
});

describe("secret box", () => {
  it("round-trips and never stores the plain text", () => {
    const key = randomBytes(32);
    const sealed = encryptSecret("EAAG-token-ğüş", key);
    expect(sealed).not.toContain("EAAG");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(decryptSecret(sealed, key)).toBe("EAAG-token-ğüş");
    // A fresh IV each time: equal secrets do not look equal at rest.
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("refuses a wrong key or a tampered ciphertext", () => {
    const key = randomBytes(32);
    const sealed = encryptSecret("secret", key);
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow(EncryptionKeyError);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3] ?? "", "base64url");
    body[0] = (body[0] ?? 0) ^ 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptSecret(parts.join("."), key)).toThrow(EncryptionKeyError);
    expect(() => decryptSecret("plain-text", key)).toThrow(EncryptionKeyError);
  });

  it("reads 32-byte keys as hex, base64 and base64url, and nothing else", () => {
    const bytes = randomBytes(32);
    expect(parseEncryptionKey(bytes.toString("hex"))).toEqual(bytes);
    expect(parseEncryptionKey(bytes.toString("base64"))).toEqual(bytes);
    expect(parseEncryptionKey(bytes.toString("base64url"))).toEqual(bytes);
    expect(() => parseEncryptionKey("short")).toThrow(/32 bytes/);
    expect(() => parseEncryptionKey(randomBytes(16).toString("hex"))).toThrow(/32 bytes/);
  });

  it("uses SOHBET_ENCRYPTION_KEY when set", () => {
    const bytes = randomBytes(32);
    process.env.SOHBET_ENCRYPTION_KEY = bytes.toString("base64");
    expect(encryptionKey()).toEqual(bytes);
  });

  it("generates a key once under the data directory with the embedded database", () => {
    delete process.env.SOHBET_ENCRYPTION_KEY;
    delete process.env.DATABASE_URL;
    const dir = mkdtempSync(path.join(tmpdir(), "sohbet-key-"));
    process.env.SOHBET_DATA_DIR = dir;
    const first = encryptionKey();
    globalThis.__sohbetEncryptionKey = undefined;
    expect(encryptionKey()).toEqual(first);
    expect(parseEncryptionKey(readFileSync(path.join(dir, "encryption-key"), "utf8"))).toEqual(
      first,
    );
  });

  it("stops a production PostgreSQL deployment without a key, with a clear message", () => {
    delete process.env.SOHBET_ENCRYPTION_KEY;
    process.env.DATABASE_URL = "postgres://example/db";
    Object.assign(process.env, { NODE_ENV: "production" });
    expect(() => encryptionKey()).toThrow(/SOHBET_ENCRYPTION_KEY must be set/);
  });
});
