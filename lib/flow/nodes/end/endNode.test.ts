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

describe("end node", () => {
  it("says goodbye and ends the session", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("e", "end", { message: "Görüşmek üzere 👋" }),
          node("never", "message", { text: "x" }),
        ],
        edges: [edge("start", "next", "e")],
      }),
    );
    const result = c.say("hi");
    expect(said(result)).toEqual(["Görüşmek üzere 👋"]);
    expect(effectsOf(result, "session_ended")).toEqual([
      { type: "session_ended", sessionId: c.session?.id, reason: "completed" },
    ]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed", wait: null });
  });

  it("ends silently without a message", () => {
    const c = new Conversation(
      buildFlow({ nodes: [START_ANY, node("e", "end")], edges: [edge("start", "next", "e")] }),
    );
    expect(c.say("hi").outbox).toEqual([]);
  });

  it("validates the message length", () => {
    expect(issuesOf("end", { message: "x".repeat(4097) })).toEqual(["too_long@message"]);
  });
});
