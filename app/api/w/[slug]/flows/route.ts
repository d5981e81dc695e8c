import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { parseJsonBody, parseWith } from "@/lib/api/parse";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { toFlowSummaryJson } from "@/lib/flow-store/api-schemas";
import { createFlowFromTemplate } from "@/lib/flow-store/create-flow-from-template";
import { createFlow, listFlows } from "@/lib/flow-store/flows";
import { createFlowSchema, listFlowsQuerySchema } from "@/lib/flow-store/schemas";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

export const GET = withWorkspace(
  async (request, { workspace, db }) => {
    const { q } = parseWith(listFlowsQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
    const flows = await listFlows(db, workspace.id, { q });
    return NextResponse.json({ flows: flows.map(toFlowSummaryJson) });
  },
  { role: "viewer" },
);

export const POST = withWorkspace(
  async (request, { workspace, user, db }) => {
    const { name, templateId, locale } = await parseJsonBody(request, createFlowSchema);
    const owner = { workspaceId: workspace.id, name, userId: user.id };
    if (templateId === undefined) {
      return NextResponse.json(await createFlow(db, owner), { status: 201 });
    }
    // Without an explicit language the template speaks the marketer's UI language.
    const uiLocale = await getLocale();
    const flow = await createFlowFromTemplate(db, {
      ...owner,
      templateId,
      locale: locale ?? (isLocale(uiLocale) ? uiLocale : DEFAULT_LOCALE),
    });
    return NextResponse.json(flow, { status: 201 });
  },
  { role: "editor" },
);
