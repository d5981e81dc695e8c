/** Feeds a running session one input (a timer, an effect's result) on its pinned version. */
import type { Tx } from "@/lib/db";
import type { EngineInput } from "@/lib/flow";
import type { Runtime } from "../runtime";
import { pinnedVersion } from "./flow-cache";
import { runningSession } from "./running-session";
import { runEngine } from "./run-engine";
import type { ConversationState, StepWriter } from "./step-writer";

export async function continueSession(
  tx: Tx,
  rt: Runtime,
  writer: StepWriter,
  state: ConversationState,
  input: EngineInput,
): Promise<void> {
  const { conv } = state;
  const session = runningSession(conv);
  if (!session || !conv.flowVersionId) return;
  const pinned = await pinnedVersion(rt.sources.flows, tx, conv.flowVersionId);
  if (!pinned) return;
  const run = await runEngine(tx, rt, {
    conv,
    contact: state.contact,
    flow: pinned.flow,
    flowId: pinned.flowId,
    session,
    input,
    windowOpenUntil: conv.windowExpiresAt?.getTime(),
  });
  writer.applyStep(state, run);
}
