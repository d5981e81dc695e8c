import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toChannelJson } from "@/lib/channels/api-schemas";
import { createChannel, listChannels } from "@/lib/channels/channels";
import { createChannelSchema } from "@/lib/channels/schemas";

// Editors pick a channel when they publish; only owners connect numbers and see verify tokens.
export const GET = withWorkspace(
  async (_request, { workspace, db }) => {
    const channels = await listChannels(db, workspace.id);
    const showVerifyToken = workspace.role === "owner";
    return NextResponse.json({
      channels: channels.map((channel) => toChannelJson(channel, { showVerifyToken })),
    });
  },
  { role: "viewer" },
);

export const POST = withWorkspace(
  async (request, { workspace, user, db }) => {
    const channel = await parseJsonBody(request, createChannelSchema);
    const created = await createChannel(db, {
      workspaceId: workspace.id,
      userId: user.id,
      channel,
    });
    return NextResponse.json(
      { channel: toChannelJson(created, { showVerifyToken: true }) },
      { status: 201 },
    );
  },
  { role: "owner" },
);
