import { z } from "zod";
import type { FlowMigration } from "./flowMigration";

/**
 * Version 0 is the prototype's format (no `version` field): nodes kept their type in `kind` and
 * their position as flat `x`/`y`, links were `connections` of `{from, port, to}`, and declared
 * variables were bare names. Version 1 adopted React Flow's node/edge shape.
 */
const v0Schema = z.object({
  version: z.literal(0).optional(),
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      x: z.number().default(0),
      y: z.number().default(0),
      data: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
  connections: z
    .array(z.object({ from: z.string(), port: z.string().default("next"), to: z.string() }))
    .default([]),
  vars: z.array(z.string()).default([]),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export const migrateV0ToV1: FlowMigration = {
  from: 0,
  description: "prototype format → React Flow nodes/edges",
  migrate(doc) {
    const parsed = v0Schema.safeParse(doc);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((i) => ({
          path: i.path.join("."),
          message: `version 0: ${i.message}`,
        })),
      };
    }
    const v0 = parsed.data;
    const seen = new Map<string, number>();
    return {
      ok: true,
      doc: {
        version: 1,
        nodes: v0.nodes.map((n) => ({
          id: n.id,
          type: n.kind,
          position: { x: n.x, y: n.y },
          data: n.data,
        })),
        edges: v0.connections.map((c) => {
          const base = `e-${c.from}-${c.port}-${c.to}`;
          const count = seen.get(base) ?? 0;
          seen.set(base, count + 1);
          return {
            id: count === 0 ? base : `${base}-${count}`,
            source: c.from,
            sourceHandle: c.port,
            target: c.to,
          };
        }),
        variables: v0.vars.map((name) => ({ name })),
        settings: v0.settings ?? {},
      },
    };
  },
};
