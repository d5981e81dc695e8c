import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { deletePool, renamePool } from "@/lib/discounts/pools";
import { renamePoolSchema } from "@/lib/discounts/schemas";

type Params = { slug: string; poolId: string };

export const PATCH = withWorkspace<Params>(
  async (request, { params, workspace, db }) => {
    const poolId = parseId(params.poolId, "discountPool");
    const { name } = await parseJsonBody(request, renamePoolSchema);
    await renamePool(db, workspace.id, poolId, name);
    return NextResponse.json({ ok: true });
  },
  { role: "editor" },
);

export const DELETE = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    await deletePool(db, workspace.id, parseId(params.poolId, "discountPool"));
    return NextResponse.json({ ok: true });
  },
  { role: "editor" },
);
