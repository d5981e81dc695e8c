import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { getFlow } from "@/lib/flow-store/flows";
import { toPublicationJson, toPublishedJson } from "@/lib/publishing/api-schemas";
import { publishFlow, unpublishFlow } from "@/lib/publishing/publish";
import { requestLocale } from "@/lib/i18n/request-locale";
import { publishFlowSchema } from "@/lib/publishing/schemas";
import { getPublication } from "@/lib/publishing/versions";

type Params = { slug: string; flowId: string };

/** Where the flow is live now, and the draft revision a publish would freeze. */
export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const flow = await getFlow(db, workspace.id, flowId);
    const publication = await getPublication(db, workspace.id, flowId);
    return NextResponse.json({
      publication: toPublicationJson(publication),
      revision: flow.revision,
    });
  },
  { role: "viewer" },
);

export const POST = withWorkspace<Params>(
  async (request, { params, workspace, user, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const input = await parseJsonBody(request, publishFlowSchema);
    const published = await publishFlow(db, {
      workspaceId: workspace.id,
      flowId,
      channelId: input.channelId,
      userId: user.id,
      note: input.note,
      revision: input.revision,
      locale: await requestLocale(),
    });
    return NextResponse.json(toPublishedJson(published), { status: 201 });
  },
  { role: "editor" },
);

/** Unpublish: new conversations stop starting this flow. */
export const DELETE = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const { wasLive } = await unpublishFlow(db, { workspaceId: workspace.id, flowId });
    return NextResponse.json({ ok: true, wasLive });
  },
  { role: "editor" },
);
