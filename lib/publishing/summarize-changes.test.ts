import { describe, expect, it } from "vitest";
import { buildFlow, edge, node, START_ANY } from "@/lib/flow/testing/conversation";
import { hasChanges, summarizeChanges } from "./summarize-changes";

const v1 = buildFlow({
  nodes: [START_ANY, node("hi", "message", { text: "Hello" }), node("bye", "end")],
  edges: [edge("start", "next", "hi"), edge("hi", "next", "bye")],
});

describe("summarizeChanges", () => {
  it("calls the first version initial, with every node added", () => {
    const summary = summarizeChanges(null, v1);
    expect(summary.initial).toBe(true);
    expect(summary.added.map((n) => n.id)).toEqual(["start", "hi", "bye"]);
    expect(summary).toMatchObject({ removed: [], edited: [], connectionsAdded: 2 });
  });

  it("finds added, removed and edited nodes and rewired connections", () => {
    const v2 = buildFlow({
      nodes: [
        START_ANY,
        node("hi", "message", { text: "Hello there" }),
        node("ask", "question", {
          text: "Your e-mail?",
          variable: "email",
          answer: { type: "email" },
        }),
      ],
      edges: [edge("start", "next", "hi"), edge("hi", "next", "ask")],
    });
    const summary = summarizeChanges(v1, v2);
    expect(summary).toEqual({
      initial: false,
      added: [{ id: "ask", type: "question" }],
      removed: [{ id: "bye", type: "end" }],
      edited: [{ id: "hi", type: "message" }],
      connectionsAdded: 1,
      connectionsRemoved: 1,
      settingsChanged: false,
    });
    expect(hasChanges(summary)).toBe(true);
  });

  it("ignores moved nodes but notices changed settings", () => {
    const moved = buildFlow({
      nodes: v1.nodes.map((n) => ({ ...n, position: { x: n.position.x + 50, y: 9 } })),
      edges: v1.edges,
    });
    expect(hasChanges(summarizeChanges(v1, moved))).toBe(false);
    const settings = buildFlow({
      nodes: v1.nodes,
      edges: v1.edges,
      settings: { globalKeywords: { restart: ["basla"], human: [], stop: [] } },
    });
    expect(summarizeChanges(v1, settings)).toMatchObject({ settingsChanged: true, edited: [] });
  });
});
