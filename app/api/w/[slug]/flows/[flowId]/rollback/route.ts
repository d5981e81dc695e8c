import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toPublishedJson } from "@/lib/publishing/api-schemas";
import { rollbackFlow } from "@/lib/publishing/publish";
import { requestLocale } from "@/lib/i18n/request-locale";
import { rollbackSchema } from "@/lib/publishing/schemas";

type Params = { slug: string; flowId: string };

/** Publishes an old version again, as a new version. */
export const POST = withWorkspace<Params>(
  async (request, { params, workspace, user, db }) => {
    const flowId = parseId(params.flowId, "flow");
    const input = await parseJsonBody(request, rollbackSchema);
    const t = await getTranslations("publishing");
    const published = await rollbackFlow(db, {
      workspaceId: workspace.id,
      flowId,
      versionId: input.versionId,
      channelId: input.channelId,
      userId: user.id,
      note: (number) => input.note ?? t("rollbackNote", { number }),
      locale: await requestLocale(),
    });
    return NextResponse.json(toPublishedJson(published), { status: 201 });
  },
  { role: "editor" },
);
