import type { SimulatorState } from "@/lib/simulator/simulator-state";
import type { TranscriptEntry } from "@/lib/simulator/transcript";

/** A debug state to go with the gallery's chat: a trace with every kind of line. */
export function storyState(now: number, transcript: TranscriptEntry[]): SimulatorState {
  const item = (id: number, step: number, entry: SimulatorState["trace"][number]["entry"]) => ({
    id: String(id),
    step,
    at: now,
    entry,
  });
  return {
    id: "story",
    clock: now,
    status: "waiting",
    wait: { kind: "timer", nodeId: "wait-ship", fireAt: now + 7_200_000 },
    windowOpenUntil: now + 3_600_000,
    nextTimerAt: now + 7_200_000,
    transcript,
    trace: [
      item(1, 1, {
        type: "session_started",
        sessionId: "s",
        flowId: "main",
        startNodeId: "start",
        via: "trigger",
      }),
      item(2, 1, {
        type: "node_entered",
        flowId: "main",
        nodeId: "offer",
        nodeType: "buttons",
        step: 1,
      }),
      item(3, 2, { type: "input_accepted", flowId: "main", nodeId: "offer", port: "yes" }),
      item(4, 3, {
        type: "input_rejected",
        flowId: "main",
        nodeId: "ask-email",
        reason: "invalid_email",
        message: {
          en: "That does not look like an e-mail address.",
          tr: "Bu bir e-posta adresine benzemiyor.",
        },
      }),
      item(5, 4, { type: "variable_set", name: "email", value: "ayse@example.com" }),
      item(6, 4, {
        type: "effect_requested",
        effectId: "e1",
        effect: "http_request",
        nodeId: "lookup",
      }),
      item(7, 5, { type: "effect_result", effectId: "e1", status: "success", accepted: true }),
      item(8, 5, {
        type: "timer_scheduled",
        timerId: "t1",
        kind: "delay",
        fireAt: now + 7_200_000,
      }),
      item(9, 5, {
        type: "error",
        code: "no_api_start",
        nodeId: "lookup",
        message: { en: "Something failed here.", tr: "Burada bir şey başarısız oldu." },
      }),
    ],
    effects: [
      {
        effectId: "e1",
        type: "http_request",
        summary: "GET https://shop.example/orders/1042",
        status: "applied",
        result: { status: "success", httpStatus: 200, data: { status: "shipped" } },
      },
    ],
    path: { nodeIds: ["start", "offer", "ask-email"], edgeIds: ["e1", "e2"] },
    variables: { email: "ayse@example.com", shop_name: "Tulp & Co", order: { id: 1042 } },
    contact: {
      name: "Ayşe",
      email: "ayse@example.com",
      tags: ["lead"],
      optIn: true,
      fields: { city: "İzmir" },
    },
  };
}
