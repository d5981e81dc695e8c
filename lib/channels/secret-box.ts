/**
 * Encrypts channel secrets (access tokens, app secrets) at rest with AES-256-GCM. The key is
 * `SOHBET_ENCRYPTION_KEY` (32 bytes, base64 or hex); with the embedded database and no key, one is
 * generated once and kept in the data directory, like the auth secret.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import path from "node:path";
import { readOrCreateSecretFile } from "@/lib/auth/secret";
import { dataDir, usesEmbeddedDatabase } from "@/lib/db/data-dir";

const FORMAT = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

declare global {
  var __sohbetEncryptionKey: Buffer | undefined;
}
const holder = globalThis;

export class EncryptionKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EncryptionKeyError";
  }
}

/** Reads a 32-byte key written as hex (64 characters) or base64 / base64url (43–44 characters). */
export function parseEncryptionKey(text: string): Buffer {
  const value = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(value)
    ? Buffer.from(value, "hex")
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(value)
      ? Buffer.from(value, "base64")
      : Buffer.alloc(0);
  if (bytes.length !== 32) {
    throw new EncryptionKeyError(
      "SOHBET_ENCRYPTION_KEY must be 32 bytes written as base64 or hex (e.g. `openssl rand -base64 32`)",
    );
  }
  return bytes;
}

/** The process-wide key; throws a clear error when a PostgreSQL deployment has none. */
export function encryptionKey(): Buffer {
  const fromEnv = process.env.SOHBET_ENCRYPTION_KEY;
  if (fromEnv) return parseEncryptionKey(fromEnv);
  if (holder.__sohbetEncryptionKey) return holder.__sohbetEncryptionKey;
  if (!usesEmbeddedDatabase()) {
    if (process.env.NODE_ENV === "production") {
      throw new EncryptionKeyError(
        "SOHBET_ENCRYPTION_KEY must be set when DATABASE_URL is set: it encrypts channel secrets (see README)",
      );
    }
    // Development against a local PostgreSQL: a fixed key, never accepted in production.
    holder.__sohbetEncryptionKey = Buffer.alloc(32, 7);
    return holder.__sohbetEncryptionKey;
  }
  const file = path.join(dataDir(), "encryption-key");
  holder.__sohbetEncryptionKey = parseEncryptionKey(readOrCreateSecretFile(file));
  return holder.__sohbetEncryptionKey;
}

/** `v1.<iv>.<tag>.<ciphertext>`, each part base64url. */
export function encryptSecret(plain: string, key: Buffer = encryptionKey()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [FORMAT, iv, tag, body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function decryptSecret(sealed: string, key: Buffer = encryptionKey()): string {
  const [format, iv, tag, body, ...rest] = sealed.split(".");
  if (
    format !== FORMAT ||
    iv === undefined ||
    tag === undefined ||
    body === undefined ||
    rest.length > 0
  ) {
    throw new EncryptionKeyError("a stored secret is not in a format this version can read");
  }
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(body, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new EncryptionKeyError(
      "a stored secret cannot be decrypted: SOHBET_ENCRYPTION_KEY differs from the key it was encrypted with",
    );
  }
}
