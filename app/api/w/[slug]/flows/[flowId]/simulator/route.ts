import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { parseId, parseJsonBody } from "@/lib/api/parse";
import { withWorkspace, type WorkspaceContext } from "@/lib/auth/with-workspace";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { privateHttpModeFromEnv } from "@/lib/runtime";
import { simulatorRequestSchema } from "@/lib/simulator/simulator-action";
import {
  getSimulatorState,
  runSimulatorAction,
  type SimulatorCaller,
} from "@/lib/simulator/sandbox/simulator-service";

type Params = { slug: string; flowId: string };

async function callerOf({
  params,
  workspace,
  user,
}: WorkspaceContext<Params>): Promise<SimulatorCaller> {
  const locale = await getLocale();
  return {
    workspaceId: workspace.id,
    userId: user.id,
    userName: user.name,
    flowId: parseId(params.flowId, "flow"),
    locale: isLocale(locale) ? locale : DEFAULT_LOCALE,
    privateHttp: privateHttpModeFromEnv(),
  };
}

// Viewers may try a flow: the sandbox is theirs and never touches live conversations.
export const GET = withWorkspace<Params>(
  async (_request, ctx) => NextResponse.json(await getSimulatorState(ctx.db, await callerOf(ctx))),
  { role: "viewer" },
);

export const POST = withWorkspace<Params>(
  async (request, ctx) => {
    const body = await parseJsonBody(request, simulatorRequestSchema);
    return NextResponse.json(await runSimulatorAction(ctx.db, await callerOf(ctx), body));
  },
  { role: "viewer" },
);
