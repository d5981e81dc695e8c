import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { apiKeys, workspaces } from "@/lib/db/schema";
import { notFound } from "@/lib/errors/app-error";

export type ApiKeyScope = "read" | "write";

const KEY_PREFIX = "sbt_";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const summaryColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scope: apiKeys.scope,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
};

/** Returns the key once: only its hash is kept. */
export async function createApiKey(
  db: Executor,
  input: { workspaceId: string; name: string; scope: ApiKeyScope; createdBy: string | null },
): Promise<{ key: string; apiKey: ApiKeySummary }> {
  const key = `${KEY_PREFIX}${randomBytes(24).toString("base64url")}`;
  const [apiKey] = await db
    .insert(apiKeys)
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      scope: input.scope,
      createdBy: input.createdBy,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashApiKey(key),
    })
    .returning(summaryColumns);
  if (!apiKey) throw new Error("insert returned nothing");
  return { key, apiKey };
}

export async function listApiKeys(db: Executor, workspaceId: string): Promise<ApiKeySummary[]> {
  return db
    .select(summaryColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.workspaceId, workspaceId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
}

export async function revokeApiKey(
  db: Executor,
  workspaceId: string,
  keyId: string,
): Promise<void> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(apiKeys.id, keyId), eq(apiKeys.workspaceId, workspaceId), isNull(apiKeys.revokedAt)),
    )
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw notFound("apiKey");
}

export interface ApiCaller {
  keyId: string;
  scope: ApiKeyScope;
  workspace: { id: string; name: string; slug: string };
}

/** The workspace a key belongs to, or null for an unknown or revoked key. */
export async function authenticateApiKey(db: Executor, key: string): Promise<ApiCaller | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      scope: apiKeys.scope,
      revokedAt: apiKeys.revokedAt,
      id: workspaces.id,
      name: workspaces.name,
      slug: workspaces.slug,
    })
    .from(apiKeys)
    .innerJoin(workspaces, eq(workspaces.id, apiKeys.workspaceId))
    .where(eq(apiKeys.keyHash, hashApiKey(key)));
  if (!row || row.revokedAt) return null;
  return {
    keyId: row.keyId,
    scope: row.scope,
    workspace: { id: row.id, name: row.name, slug: row.slug },
  };
}

export async function touchApiKey(db: Executor, keyId: string, now = new Date()): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, keyId));
}
