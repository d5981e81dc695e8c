import { NextResponse } from "next/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toChannelJson } from "@/lib/channels/api-schemas";
import { deleteChannel, getChannel, updateChannel } from "@/lib/channels/channels";
import { updateChannelSchema } from "@/lib/channels/schemas";

type Params = { slug: string; channelId: string };

export const GET = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const channel = await getChannel(db, workspace.id, parseId(params.channelId, "channel"));
    return NextResponse.json({
      channel: toChannelJson(channel, { showVerifyToken: workspace.role === "owner" }),
    });
  },
  { role: "viewer" },
);

/** Blank secrets keep the stored ones: the form never has them to send back. */
export const PATCH = withWorkspace<Params>(
  async (request, { params, workspace, db }) => {
    const channelId = parseId(params.channelId, "channel");
    const changes = await parseJsonBody(request, updateChannelSchema);
    const channel = await updateChannel(db, { workspaceId: workspace.id, channelId, changes });
    return NextResponse.json({ channel: toChannelJson(channel, { showVerifyToken: true }) });
  },
  { role: "owner" },
);

export const DELETE = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const channelId = parseId(params.channelId, "channel");
    await db.transaction((tx) => deleteChannel(tx, workspace.id, channelId));
    return NextResponse.json({ ok: true });
  },
  { role: "owner" },
);
