import { NextResponse } from "next/server";
import { parseId } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toVersionDetailJson } from "@/lib/publishing/api-schemas";
import { getVersion } from "@/lib/publishing/versions";

type Params = { slug: string; flowId: string; versionId: string };

export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const version = await getVersion(
      db,
      workspace.id,
      parseId(params.flowId, "flow"),
      parseId(params.versionId, "flowVersion"),
    );
    return NextResponse.json(toVersionDetailJson(version));
  },
  { role: "viewer" },
);
