import { z } from "zod";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "errors.apiKeyName.required").max(60, "errors.apiKeyName.tooLong"),
  scope: z.enum(["read", "write"]),
});

export const apiKeyJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scope: z.enum(["read", "write"]),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKeyJson = z.infer<typeof apiKeyJsonSchema>;
export const apiKeyListJsonSchema = z.object({ apiKeys: z.array(apiKeyJsonSchema) });
export const apiKeyCreatedJsonSchema = z.object({ apiKey: apiKeyJsonSchema, key: z.string() });

export function toApiKeyJson(key: {
  id: string;
  name: string;
  prefix: string;
  scope: "read" | "write";
  createdAt: Date;
  lastUsedAt: Date | null;
}): ApiKeyJson {
  return {
    ...key,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
  };
}
