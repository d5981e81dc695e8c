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

function conversation(source: object) {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("d", "discount_code", { source, variable: "code" }),
        node("ok", "message", { text: "Kodunuz: {{code}}" }),
        node("none", "message", { text: "Kodlar bitti 😢" }),
      ],
      edges: [edge("start", "next", "d"), edge("d", "ok", "ok"), edge("d", "exhausted", "none")],
    }),
  );
}

describe("discount_code node", () => {
  it("takes a code from a pool through an awaited effect", () => {
    const c = conversation({ kind: "pool", poolId: "summer" });
    const first = c.say("hi");
    expect(effectsOf(first, "discount_code")).toEqual([
      { type: "discount_code", effectId: expect.any(String), poolId: "summer" },
    ]);
    expect(said(c.resolve({ status: "success", data: { code: "YAZ-1234" } }))).toEqual([
      "Kodunuz: YAZ-1234",
    ]);
  });

  it("accepts a bare string code", () => {
    const c = conversation({ kind: "pool", poolId: "summer" });
    c.say("hi");
    expect(said(c.resolve({ status: "success", data: "PLAIN" }))).toEqual(["Kodunuz: PLAIN"]);
  });

  it("goes to exhausted when the pool is empty or fails", () => {
    const empty = conversation({ kind: "pool", poolId: "summer" });
    empty.say("hi");
    expect(said(empty.resolve({ status: "exhausted" }))).toEqual(["Kodlar bitti 😢"]);
    const broken = conversation({ kind: "pool", poolId: "summer" });
    broken.say("hi");
    const result = broken.resolve({ status: "success", data: { nothing: true } });
    expect(said(result)).toEqual(["Kodlar bitti 😢"]);
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "error", code: "discount_code_failed" }),
    );
  });

  it("generates a code from a pattern right away", () => {
    const c = conversation({ kind: "pattern", pattern: "SOHBET-####-??" });
    const [line] = said(c.say("hi"));
    expect(line).toMatch(/^Kodunuz: SOHBET-\d{4}-[A-Z]{2}$/);
  });

  it("validates its source", () => {
    expect(
      issuesOf("discount_code", { source: { kind: "pool", poolId: "" }, variable: "code" }),
    ).toEqual(["required@source.poolId"]);
    expect(
      issuesOf("discount_code", { source: { kind: "pattern", pattern: "SAME" }, variable: "" }),
    ).toEqual(["required@variable", "pattern_not_random@source.pattern"]);
    expect(
      issuesOf("discount_code", { source: { kind: "pattern", pattern: "#".repeat(65) } }),
    ).toEqual(["too_long@source.pattern"]);
  });
});
