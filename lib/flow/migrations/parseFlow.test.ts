import { describe, expect, it } from "vitest";
import legacyV0 from "../fixtures/legacy-v0.json";
import { createEmptyFlow } from "../createEmptyFlow";
import { FLOW_VERSION } from "../version";
import type { FlowMigration } from "./flowMigration";
import { flowMigrations } from "./flowMigrations";
import { parseFlow } from "./parseFlow";

describe("parseFlow", () => {
  it("parses a current document unchanged", () => {
    const flow = createEmptyFlow();
    expect(parseFlow(JSON.parse(JSON.stringify(flow)))).toEqual({ ok: true, flow });
  });

  it("upgrades a version-0 document through the chain", () => {
    const result = parseFlow(legacyV0);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.migratedFrom).toBe(0);
    expect(result.flow.version).toBe(FLOW_VERSION);
    expect(result.flow.nodes.map((n) => [n.id, n.type, n.position])).toEqual([
      ["s", "start", { x: 0, y: 0 }],
      ["ask", "question", { x: 240, y: 0 }],
      ["bye", "message", { x: 480, y: 0 }],
    ]);
    expect(result.flow.edges).toEqual([
      { id: "e-s-next-ask", source: "s", sourceHandle: "next", target: "ask" },
      { id: "e-ask-next-bye", source: "ask", sourceHandle: "next", target: "bye" },
    ]);
    expect(result.flow.variables).toEqual([{ name: "email" }]);
  });

  it("reports a broken version-0 document with paths", () => {
    const result = parseFlow({ nodes: [{ id: 1 }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.some((i) => i.path.startsWith("nodes.0"))).toBe(true);
  });

  it("refuses documents from a newer version", () => {
    const result = parseFlow({ version: FLOW_VERSION + 1, nodes: [] });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "version" }] });
  });

  it("refuses non-objects without throwing", () => {
    for (const bad of [null, 3, "flow", [], undefined]) {
      expect(parseFlow(bad).ok).toBe(false);
    }
  });

  it("reports schema problems with dotted paths", () => {
    const result = parseFlow({
      version: FLOW_VERSION,
      nodes: [
        {
          id: "b",
          type: "buttons",
          position: { x: 0, y: 0 },
          data: { buttons: [{ id: "x", title: 5 }] },
        },
      ],
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: "nodes.0.data.buttons.0.title" }] });
  });

  it("runs every step of a longer chain in order and stops at a gap", () => {
    // A fake chain -1 → 0 → 1 proves the loop applies consecutive steps.
    const log: number[] = [];
    const minusOne: FlowMigration = {
      from: -1,
      description: "test",
      migrate: (doc) => {
        log.push(-1);
        return { ok: true, doc };
      },
    };
    const tracked = flowMigrations.map((m) => ({
      ...m,
      migrate: (doc: unknown) => {
        log.push(m.from);
        return m.migrate(doc);
      },
    }));
    expect(parseFlow(legacyV0, [minusOne, ...tracked]).ok).toBe(true);
    expect(log).toEqual([0]);
    expect(parseFlow(legacyV0, [])).toMatchObject({ ok: false, issues: [{ path: "version" }] });
  });
});
