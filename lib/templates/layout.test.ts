import { describe, expect, it } from "vitest";
import { outputPorts, type FlowNode, type Locale } from "@/lib/flow";
import { cellPosition, COLUMN_WIDTH, ROW_HEIGHT } from "./layout";
import { flowTemplates } from "./registry";

/**
 * A node card's size on the canvas, estimated generously: a header, a line of preview text for
 * nodes that say something, and one row per output port.
 */
const CARD_WIDTH = 280;
const LOCALES: Locale[] = ["en", "tr"];
const SPEAKING = new Set([
  "message",
  "buttons",
  "list",
  "question",
  "cta_url",
  "template",
  "handoff",
  "end",
]);

function cardHeight(node: FlowNode): number {
  return 80 + (SPEAKING.has(node.type) ? 40 : 0) + 28 * outputPorts(node).length;
}

function overlaps(a: FlowNode, b: FlowNode): boolean {
  return (
    a.position.x < b.position.x + CARD_WIDTH &&
    b.position.x < a.position.x + CARD_WIDTH &&
    a.position.y < b.position.y + cardHeight(b) &&
    b.position.y < a.position.y + cardHeight(a)
  );
}

describe("the layout grid", () => {
  it("leaves room between columns and rows", () => {
    expect(COLUMN_WIDTH - CARD_WIDTH).toBeGreaterThanOrEqual(60);
    expect(cellPosition([2, 1.5])).toEqual({ x: 2 * COLUMN_WIDTH, y: 1.5 * ROW_HEIGHT });
  });
});

describe.each(flowTemplates.flatMap((t) => LOCALES.map((l) => [t.id, l, t] as const)))(
  "layout of %s (%s)",
  (_id, locale, template) => {
    const flow = template.build(locale);
    const byId = new Map(flow.nodes.map((n) => [n.id, n]));

    it("starts top left, on the grid", () => {
      const start = flow.nodes.find((n) => n.type === "start");
      expect(start?.position.x).toBe(0);
      for (const node of flow.nodes) {
        expect(node.position.x % COLUMN_WIDTH, node.id).toBe(0);
        expect(node.position.y, node.id).toBeGreaterThanOrEqual(0);
      }
    });

    it("has no two cards on top of each other", () => {
      const clashes = flow.nodes.flatMap((a, i) =>
        flow.nodes.slice(i + 1).flatMap((b) => (overlaps(a, b) ? [`${a.id} × ${b.id}`] : [])),
      );
      expect(clashes).toEqual([]);
    });

    it("reads left to right: every connection goes right, or straight down a column", () => {
      const backwards = flow.edges.flatMap((edge) => {
        const from = byId.get(edge.source)?.position;
        const to = byId.get(edge.target)?.position;
        if (from === undefined || to === undefined) return [edge.id];
        const forward = to.x > from.x || (to.x === from.x && to.y > from.y);
        return forward ? [] : [edge.id];
      });
      expect(backwards).toEqual([]);
    });
  },
);
