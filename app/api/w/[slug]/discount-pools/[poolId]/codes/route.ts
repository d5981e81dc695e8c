import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { addCodes, availableCodes, getPool } from "@/lib/discounts/pools";
import { addCodesSchema } from "@/lib/discounts/schemas";

type Params = { slug: string; poolId: string };

/** The codes not handed out yet, one per line, as a file download. */
export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const poolId = parseId(params.poolId, "discountPool");
    const pool = await getPool(db, workspace.id, poolId);
    const codes = await availableCodes(db, workspace.id, poolId);
    const fileName = `${pool.name.replace(/[^\p{L}\p{N}_-]+/gu, "-") || "codes"}.txt`;
    return new Response(codes.map((code) => `${code}\n`).join(""), {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      },
    });
  },
  { role: "viewer" },
);

export const POST = withWorkspace<Params>(
  async (request, { params, workspace, db }) => {
    const poolId = parseId(params.poolId, "discountPool");
    const { codes } = await parseJsonBody(request, addCodesSchema);
    return NextResponse.json(await addCodes(db, workspace.id, poolId, codes));
  },
  { role: "editor" },
);
