import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { dataDir, usesEmbeddedDatabase } from "@/lib/db/data-dir";
import { users } from "@/lib/db/schema";
import { registerUser } from "./users";

export interface DemoCredentials {
  email: string;
  password: string;
  workspace: string;
}

export const DEMO_EMAIL = "demo@sohbet.local";

function credentialsFile(): string {
  return path.join(dataDir(), "demo-credentials.json");
}

/**
 * On the first start of the embedded database (no accounts yet), creates a demo account so a new
 * user can look around at once. Returns the credentials whenever a demo account exists.
 */
export async function ensureDemoAccount(db: Db): Promise<DemoCredentials | null> {
  if (!usesEmbeddedDatabase()) return null;
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (n > 0) return readDemoCredentials();
  const credentials: DemoCredentials = {
    email: DEMO_EMAIL,
    password: randomBytes(9).toString("base64url"),
    workspace: "Demo Shop",
  };
  await registerUser(db, {
    name: "Demo Marketer",
    email: credentials.email,
    password: credentials.password,
    workspaceName: credentials.workspace,
  });
  writeFileSync(credentialsFile(), JSON.stringify(credentials, null, 2) + "\n", { mode: 0o600 });
  return credentials;
}

export function readDemoCredentials(): DemoCredentials | null {
  try {
    const value: unknown = JSON.parse(readFileSync(credentialsFile(), "utf8"));
    if (
      typeof value === "object" &&
      value !== null &&
      "email" in value &&
      "password" in value &&
      "workspace" in value &&
      typeof value.email === "string" &&
      typeof value.password === "string" &&
      typeof value.workspace === "string"
    ) {
      return { email: value.email, password: value.password, workspace: value.workspace };
    }
  } catch {
    // No demo account on this machine.
  }
  return null;
}
