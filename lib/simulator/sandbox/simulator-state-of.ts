import { pathFromTrace } from "../path-from-trace";
import type { SimulatorState } from "../simulator-state";
import type { SandboxRecord } from "./sandbox-record";
import { SANDBOX_START_ID } from "./sandbox-run";

/** What the pane shows of a sandbox conversation (the API's answer). */
export function simulatorStateOf(r: SandboxRecord, flowId: string): SimulatorState {
  const s = r.session;
  const wait = s !== null && s.status !== "ended" ? s.wait : null;
  const timerAt = (timerId: string | null) =>
    timerId === null ? undefined : r.timers.find((t) => t.timerId === timerId)?.fireAt;
  const fireAt =
    wait?.kind === "timer" || wait?.kind === "input" ? timerAt(wait.timerId) : undefined;
  const path = pathFromTrace(
    r.trace.map((item) => item.entry),
    flowId,
  );
  return {
    id: r.id,
    clock: r.clock,
    status: s === null ? "idle" : s.status === "active" ? "waiting" : s.status,
    wait:
      wait === null
        ? null
        : {
            kind: wait.kind,
            nodeId: wait.nodeId,
            ...(fireAt !== undefined ? { fireAt } : {}),
          },
    windowOpenUntil: r.windowOpenUntil,
    nextTimerAt: r.timers.length > 0 ? Math.min(...r.timers.map((t) => t.fireAt)) : null,
    transcript: r.transcript,
    trace: r.trace,
    effects: r.effects,
    path: {
      // The sandbox's own start (for "start from the selected node") is not on the canvas.
      nodeIds: path.nodeIds.filter((id) => id !== SANDBOX_START_ID),
      edgeIds: path.edgeIds.filter((id) => !id.startsWith(SANDBOX_START_ID)),
    },
    variables: s?.variables ?? {},
    contact: r.contact,
  };
}
