import { NextResponse } from "next/server";
import { parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { privateHttpModeFromEnv } from "@/lib/runtime";
import { httpSettings, updatePrivateHttpSetting } from "@/lib/workspace/http-settings";
import { privateHttpSettingSchema } from "@/lib/workspace/schemas";

export const GET = withWorkspace(
  async (_request, { workspace, db }) =>
    NextResponse.json(await httpSettings(db, workspace.id, privateHttpModeFromEnv())),
  { role: "viewer" },
);

// Owners only: letting flows reach the shop's own network is the owner's risk to take.
export const PUT = withWorkspace(
  async (request, { workspace, db }) => {
    const { allowPrivateHttp } = await parseJsonBody(request, privateHttpSettingSchema);
    return NextResponse.json(
      await updatePrivateHttpSetting(db, workspace.id, privateHttpModeFromEnv(), allowPrivateHttp),
    );
  },
  { role: "owner" },
);
