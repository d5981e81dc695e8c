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

function conversation() {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("first", "message", { text: "Sepetiniz hazır" }),
        node("d", "delay", { amount: 2, unit: "hours" }),
        node("later", "message", { text: "Hâlâ orada mısınız?" }),
      ],
      edges: [
        edge("start", "next", "first"),
        edge("first", "next", "d"),
        edge("d", "next", "later"),
      ],
    }),
  );
}

describe("delay node", () => {
  it("schedules a timer and continues when it fires", () => {
    const c = conversation();
    const first = c.say("hi");
    expect(said(first)).toEqual(["Sepetiniz hazır"]);
    const [timer] = effectsOf(first, "schedule_timer");
    expect(timer).toEqual({
      type: "schedule_timer",
      timerId: expect.any(String),
      fireAt: c.now + 2 * 3_600_000,
      kind: "delay",
    });
    expect(c.session).toMatchObject({
      status: "waiting",
      wait: { kind: "timer", nodeId: "d", timerId: timer?.timerId },
    });
    expect(said(c.fire("delay"))).toEqual(["Hâlâ orada mısınız?"]);
  });

  it("ignores stale timers and customer messages while waiting", () => {
    const c = conversation();
    c.say("hi");
    expect(c.input({ type: "timer", timerId: "old" }).trace).toEqual([
      { type: "timer_ignored", timerId: "old", reason: "stale" },
    ]);
    expect(c.say("hello?").outbox).toEqual([]);
    expect(c.session?.wait?.kind).toBe("timer");
  });

  it("does not run the inactivity timeout during a delay", () => {
    const c = conversation();
    const first = c.say("hi");
    expect(effectsOf(first, "schedule_timer").map((t) => t.kind)).toEqual(["delay"]);
  });

  it("validates the duration", () => {
    expect(issuesOf("delay", { amount: 30, unit: "days" })).toEqual([]);
    expect(issuesOf("delay", { amount: 0, unit: "seconds" })).toEqual(["invalid_delay@amount"]);
    expect(issuesOf("delay", { amount: 31, unit: "days" })).toEqual(["delay_too_long@amount"]);
  });
});
