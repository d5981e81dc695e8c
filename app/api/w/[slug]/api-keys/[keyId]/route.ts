import { NextResponse } from "next/server";
import { parseId } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { revokeApiKey } from "@/lib/public-api/api-keys";

export const DELETE = withWorkspace<{ slug: string; keyId: string }>(
  async (_request, { params, workspace, db }) => {
    await revokeApiKey(db, workspace.id, parseId(params.keyId, "apiKey"));
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);
