/**
 * A customer message: it refreshes the 24-hour window, then goes to the running session (on the
 * version it is pinned to), else starts the live flow whose trigger wants it, else gets the
 * channel's reply for unmatched messages (or nothing).
 */
import type { Tx } from "@/lib/db";
import type { EngineInput, InboundMessage } from "@/lib/flow";
import type { Runtime } from "../runtime";
import { liveFlows, pinnedVersion } from "./flow-cache";
import { routeMessage } from "./route-message";
import { runningSession } from "./running-session";
import { runEngine } from "./run-engine";
import type { ConversationState, StepWriter } from "./step-writer";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function handleMessage(
  tx: Tx,
  rt: Runtime,
  writer: StepWriter,
  state: ConversationState,
  message: InboundMessage,
): Promise<void> {
  const { conv, contact } = state;
  const windowOpenUntil = Math.max(
    conv.windowExpiresAt?.getTime() ?? 0,
    message.timestamp + DAY_MS,
  );
  const window = {
    windowExpiresAt: new Date(windowOpenUntil),
    lastInboundAt: new Date(message.timestamp),
  };
  const input: EngineInput = { type: "message", message };
  const session = runningSession(conv);
  if (session && conv.flowVersionId) {
    const pinned = await pinnedVersion(rt.sources.flows, tx, conv.flowVersionId);
    if (pinned) {
      const run = await runEngine(tx, rt, {
        conv,
        contact,
        flow: pinned.flow,
        flowId: pinned.flowId,
        session,
        input,
        windowOpenUntil,
      });
      writer.applyStep(state, { ...run, ...window });
      return;
    }
  }
  const routed = routeMessage(
    await liveFlows(rt.sources.flows, tx, conv.channelId, rt.now()),
    message,
  );
  if (routed) {
    const run = await runEngine(tx, rt, {
      conv,
      contact,
      flow: routed.flow,
      flowId: routed.live.flowId,
      session: null,
      input,
      windowOpenUntil,
    });
    const pinTo = run.session
      ? { flowId: routed.live.flowId, versionId: routed.live.versionId }
      : undefined;
    writer.applyStep(state, { ...run, ...window, ...(pinTo ? { pinTo } : {}) });
    return;
  }
  // No flow wants it: the channel's default reply, or silence.
  const channel = await rt.sources.channels.forWebhook(tx, conv.channelId);
  const reply = channel?.unmatchedReply?.trim();
  const answerable = message.kind !== "reaction" && message.kind !== "unknown";
  writer.applyStep(state, {
    session: null,
    outbox: reply && answerable ? [{ type: "text", text: reply }] : [],
    effects: [],
    ...window,
  });
}
