import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { createApiKeySchema, toApiKeyJson } from "@/lib/public-api/api-key-schemas";
import { createApiKey, listApiKeys } from "@/lib/public-api/api-keys";

// API keys act for the whole workspace, so only owners manage them.
export const GET = withWorkspace(
  async (_request, { workspace, db }) => {
    const keys = await listApiKeys(db, workspace.id);
    return NextResponse.json({ apiKeys: keys.map(toApiKeyJson) });
  },
  { role: "owner" },
);

export const POST = withWorkspace(
  async (request, { workspace, user, db }) => {
    const input = await parseJsonBody(request, createApiKeySchema);
    const { key, apiKey } = await createApiKey(db, {
      ...input,
      workspaceId: workspace.id,
      createdBy: user.id,
    });
    return NextResponse.json({ apiKey: toApiKeyJson(apiKey), key }, { status: 201 });
  },
  { role: "owner" },
);
