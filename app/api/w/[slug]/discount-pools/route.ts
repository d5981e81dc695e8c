import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { createPool, listPools } from "@/lib/discounts/pools";
import { createPoolSchema, toPoolJson } from "@/lib/discounts/schemas";

export const GET = withWorkspace(
  async (_request, { workspace, db }) => {
    const pools = await listPools(db, workspace.id);
    return NextResponse.json({ pools: pools.map(toPoolJson) });
  },
  { role: "viewer" },
);

export const POST = withWorkspace(
  async (request, { workspace, db }) => {
    const input = await parseJsonBody(request, createPoolSchema);
    return NextResponse.json(toPoolJson(await createPool(db, workspace.id, input)), {
      status: 201,
    });
  },
  { role: "editor" },
);
