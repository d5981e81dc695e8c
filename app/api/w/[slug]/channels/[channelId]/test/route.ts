import { NextResponse } from "next/server";
import { parseId } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { requestLocale } from "@/lib/i18n/request-locale";
import { testChannelConnection } from "@/lib/channels/test-connection";
import { runtimeConfigFromEnv } from "@/lib/runtime";

type Params = { slug: string; channelId: string };

/** "Test connection": always 200 with `ok`; a failure carries a plain-words explanation. */
export const POST = withWorkspace<Params>(
  async (_request, { params, workspace, db }) => {
    const result = await testChannelConnection(db, {
      workspaceId: workspace.id,
      channelId: parseId(params.channelId, "channel"),
      locale: await requestLocale(),
      // The same base URL the runtime sends through, read and validated in one place.
      graphApiUrl: runtimeConfigFromEnv().graphApiUrl,
    });
    return NextResponse.json(result);
  },
  { role: "owner" },
);
