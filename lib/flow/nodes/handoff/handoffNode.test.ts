import { describe, expect, it } from "vitest";
import {
  buildFlow,
  Conversation,
  edge,
  effectsOf,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

function conversation(resolvedEdge = true) {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("h", "handoff", {
          message: "Bir temsilciye aktarıyorum",
          team: "support",
          note: "VIP {{contact.name}}",
        }),
        node("back", "message", { text: "Bot is back" }),
      ],
      edges: [edge("start", "next", "h"), ...(resolvedEdge ? [edge("h", "resolved", "back")] : [])],
    }),
  );
}

describe("handoff node", () => {
  it("says its message, requests a handoff and waits for an agent", () => {
    const c = conversation();
    c.contact = { name: "Ayşe", tags: [], fields: {} };
    const result = c.say("hi");
    expect(said(result)).toEqual(["Bir temsilciye aktarıyorum"]);
    expect(effectsOf(result, "handoff")).toEqual([
      {
        type: "handoff",
        message: "Bir temsilciye aktarıyorum",
        team: "support",
        note: "VIP Ayşe",
        via: "node",
      },
    ]);
    expect(c.session).toMatchObject({ status: "handoff", wait: { kind: "agent", nodeId: "h" } });
    expect(effectsOf(result, "schedule_timer")).toEqual([]);
  });

  it("stays silent while the agent talks, then continues from resolved", () => {
    const c = conversation();
    c.say("hi");
    const during = c.say("are you a bot?");
    expect(during.outbox).toEqual([]);
    expect(during.trace).toContainEqual(
      expect.objectContaining({ type: "input_rejected", reason: "handoff_active" }),
    );
    expect(said(c.input({ type: "agent_resolved" }))).toEqual(["Bot is back"]);
    expect(c.session?.status).toBe("ended");
  });

  it("ends the session on resolve when resolved is not connected", () => {
    const c = conversation(false);
    c.say("hi");
    const result = c.input({ type: "agent_resolved" });
    expect(result.outbox).toEqual([]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed" });
  });

  it("validates the message length", () => {
    expect(issuesOf("handoff", { message: "x".repeat(4097) })).toEqual(["too_long@message"]);
    expect(issuesOf("handoff", {})).toEqual([]);
  });
});
