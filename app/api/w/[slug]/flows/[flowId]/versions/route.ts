import { NextResponse } from "next/server";
import { parseId } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toPublicationJson, toVersionJson } from "@/lib/publishing/api-schemas";
import { getPublication, listVersions } from "@/lib/publishing/versions";

type Params = { slug: string; flowId: string };

export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const versions = await listVersions(db, workspace.id, flowId);
    const publication = await getPublication(db, workspace.id, flowId);
    return NextResponse.json({
      versions: versions.map(toVersionJson),
      publication: toPublicationJson(publication),
    });
  },
  { role: "viewer" },
);
