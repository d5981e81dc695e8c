import { describe, expect, it } from "vitest";
import { flowNodeSchema, type FlowNode } from "../schema/flowSchema";
import type { FlowEdge } from "../schema/flowEdgeSchema";
import { reconcilePortEdges } from "./reconcilePortEdges";

const node = (id: string, type: string, data: object): FlowNode =>
  flowNodeSchema.parse({ id, type, position: { x: 0, y: 0 }, data });

const buttons = (...ids: string[]) =>
  node("ask", "buttons", { body: "Pick", buttons: ids.map((id) => ({ id, title: id })) });

const edge = (id: string, source: string, sourceHandle: string, target = "m"): FlowEdge => ({
  id,
  source,
  sourceHandle,
  target,
});

const handles = (edges: FlowEdge[]) => edges.map((e) => `${e.id}:${e.source}/${e.sourceHandle}`);

describe("reconcilePortEdges", () => {
  const edges = [
    edge("e1", "ask", "yes"),
    edge("e2", "ask", "no"),
    edge("e3", "ask", "invalid"),
    edge("other", "elsewhere", "yes"),
  ];

  it("returns the same edges when every port is still there (titles, order)", () => {
    expect(reconcilePortEdges(edges, buttons("yes", "no"), buttons("yes", "no"))).toBe(edges);
    expect(reconcilePortEdges(edges, buttons("yes", "no"), buttons("no", "yes"))).toBe(edges);
  });

  it("moves the edge of a port whose id was edited in place, keeping the edge's id", () => {
    const next = reconcilePortEdges(edges, buttons("yes", "no"), buttons("yes", "nope"));
    expect(handles(next)).toEqual([
      "e1:ask/yes",
      "e2:ask/nope",
      "e3:ask/invalid",
      "other:elsewhere/yes",
    ]);
    // Untouched edges keep their identity.
    expect(next[0]).toBe(edges[0]);
    expect(next[3]).toBe(edges[3]);
  });

  it("drops the edge of a deleted port and of a port that became a fixed one", () => {
    expect(handles(reconcilePortEdges(edges, buttons("yes", "no"), buttons("no")))).toEqual([
      "e2:ask/no",
      "e3:ask/invalid",
      "other:elsewhere/yes",
    ]);
    // Two ports on one id cannot be told apart: the moved edge is dropped, the other's stays.
    expect(handles(reconcilePortEdges(edges, buttons("yes", "no"), buttons("no", "no")))).toEqual([
      "e2:ask/no",
      "e3:ask/invalid",
      "other:elsewhere/yes",
    ]);
    expect(
      handles(reconcilePortEdges(edges, buttons("yes", "no"), buttons("invalid", "no"))),
    ).toEqual(["e2:ask/no", "e3:ask/invalid", "other:elsewhere/yes"]);
  });

  it("follows list rows and condition branches, not only buttons", () => {
    const list = (rowId: string) =>
      node("ask", "list", {
        body: "Pick",
        buttonLabel: "Open",
        sections: [
          { title: "A", rows: [{ id: "r1", title: "One" }] },
          { title: "B", rows: [{ id: rowId, title: "Two" }] },
        ],
      });
    const rowEdges = [edge("e1", "ask", "r1"), edge("e2", "ask", "r2")];
    expect(handles(reconcilePortEdges(rowEdges, list("r2"), list("row_two")))).toEqual([
      "e1:ask/r1",
      "e2:ask/row_two",
    ]);

    const condition = (branchId: string) =>
      node("ask", "condition", { branches: [{ id: branchId, label: "VIP", groups: [] }] });
    const branchEdges = [edge("e1", "ask", "vip"), edge("e2", "ask", "else")];
    expect(handles(reconcilePortEdges(branchEdges, condition("vip"), condition("gold")))).toEqual([
      "e1:ask/gold",
      "e2:ask/else",
    ]);
  });

  it("drops edges of ports that a setting switched off", () => {
    const question = (timeoutMinutes: number) =>
      node("ask", "question", { prompt: "Name?", variable: "name", timeoutMinutes });
    const qEdges = [edge("e1", "ask", "next"), edge("e2", "ask", "timeout")];
    expect(handles(reconcilePortEdges(qEdges, question(5), question(0)))).toEqual(["e1:ask/next"]);

    const template = (kind: "quick_reply" | "url") =>
      node("ask", "template", {
        name: "order",
        language: "en",
        buttons: [
          kind === "quick_reply" ? { kind, id: "track", title: "Track" } : { kind, title: "Track" },
        ],
      });
    const tEdges = [edge("e1", "ask", "track"), edge("e2", "ask", "other")];
    // [track, other] → [next]: a different kind of port, not a renamed one.
    expect(reconcilePortEdges(tEdges, template("quick_reply"), template("url"))).toEqual([]);
  });
});
