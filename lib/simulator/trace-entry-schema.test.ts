import { describe, expect, it } from "vitest";
import { buildFlow, Conversation, node, START_ANY } from "@/lib/flow/testing/conversation";
import { traceEntrySchema } from "./trace-entry-schema";

describe("traceEntrySchema", () => {
  it("accepts both window_closed entries the engine writes and refuses a mixed one", () => {
    const flow = buildFlow({
      nodes: [
        START_ANY,
        node("q", "question", { prompt: "Name?", variable: "name", answer: { type: "text" } }),
        node("t", "template", { name: "still_there" }),
      ],
      edges: [{ id: "e", source: "start", sourceHandle: "next", target: "q" }],
      settings: { windowClosedTemplateNodeId: "t" },
    });
    const c = new Conversation(flow);
    const ignored = c.input({ type: "window_closed" }).trace;
    c.say("hi");
    const fallback = c.input({ type: "window_closed" }).trace;
    const entries = [...ignored, ...fallback].filter((e) => e.type === "window_closed");
    expect(entries.map((e) => e.outcome)).toEqual(["ignored", "fallback"]);
    for (const entry of entries) expect(traceEntrySchema.parse(entry)).toEqual(entry);
    expect(
      traceEntrySchema.safeParse({ type: "window_closed", outcome: "fallback", reason: "handoff" })
        .success,
    ).toBe(false);
  });
});
