import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir, usesEmbeddedDatabase } from "@/lib/db/data-dir";

declare global {
  var __sohbetAuthSecret: string | undefined;
}
const holder = globalThis;

/**
 * `AUTH_SECRET`, or — with the embedded database, where everything lives in `.data/` anyway — a
 * secret generated once and kept there, so `npm run dev` works on a fresh machine with no set-up.
 * A deployment on a real PostgreSQL must set it: several instances have to share one secret.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (holder.__sohbetAuthSecret) return holder.__sohbetAuthSecret;
  if (!usesEmbeddedDatabase()) {
    if (process.env.NODE_ENV === "production") {
      throw new Error("AUTH_SECRET must be set when DATABASE_URL is set (see README)");
    }
    holder.__sohbetAuthSecret = "sohbet-development-only-secret-do-not-use-in-production";
    return holder.__sohbetAuthSecret;
  }
  holder.__sohbetAuthSecret = readOrCreateSecretFile(path.join(dataDir(), "auth-secret"));
  return holder.__sohbetAuthSecret;
}

export function readOrCreateSecretFile(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing) return existing;
  } catch {
    // Missing: create it below.
  }
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch {
    // Another process won the race to create it: use theirs.
    return readFileSync(file, "utf8").trim();
  }
}
