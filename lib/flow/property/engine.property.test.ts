import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { advance } from "../engine/advance";
import { effectSchema } from "../engine/effects";
import { sessionSchema, type Session } from "../engine/session";
import { outboundMessageSchema } from "../io";
import { createSeededRandom } from "../random/seededRandom";
import { buildFlow, T0 } from "../testing/conversation";
import { validateFlow } from "../validate/validateFlow";
import { renameVariable } from "../variables/variableReferences";
import { parseFlow } from "../migrations/parseFlow";
import { flowArbitrary, inputArbitrary } from "./arbitraries";

const subflow = buildFlow({
  nodes: [
    { id: "s", type: "start", position: { x: 0, y: 0 }, data: { trigger: { kind: "api" } } },
    { id: "q", type: "question", position: { x: 0, y: 0 }, data: { prompt: "?", variable: "sub" } },
    {
      id: "j",
      type: "jump",
      position: { x: 0, y: 0 },
      data: { target: { kind: "flow", flowId: "sub" } },
    },
  ],
  edges: [
    { id: "1", source: "s", sourceHandle: "next", target: "q" },
    { id: "2", source: "q", sourceHandle: "next", target: "j" },
  ],
});

describe("engine properties", () => {
  it("never throws, stays within the step budget, and always returns a session that parses", () => {
    fc.assert(
      fc.property(
        flowArbitrary(),
        fc.array(fc.tuple(inputArbitrary, fc.constantFrom(0, 1_000, 3_600_000, 2 * 86_400_000)), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer(),
        (flow, script, maxSteps, seed) => {
          let session: Session | null = null;
          let now = T0;
          const random = createSeededRandom(seed);
          script.forEach(([pick, wait], i) => {
            now += wait;
            const result = advance(flow, session, pick(session, now, i), {
              now,
              random,
              maxSteps,
              flows: (id) => (id === "sub" ? subflow : undefined),
              windowOpenUntil: now + (i % 2 === 0 ? 1 : -1) * 3_600_000,
            });
            expect(
              result.trace.filter((t) => t.type === "error" && t.code === "internal_error"),
            ).toEqual([]);
            expect(
              result.trace.filter((t) => t.type === "node_entered").length,
            ).toBeLessThanOrEqual(maxSteps);
            for (const effect of result.effects)
              expect(effectSchema.safeParse(effect).success).toBe(true);
            for (const message of result.outbox)
              expect(outboundMessageSchema.safeParse(message).success).toBe(true);
            if (result.session !== null) {
              const parsed = sessionSchema.safeParse(JSON.parse(JSON.stringify(result.session)));
              expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
              expect(result.session.status).not.toBe("active");
              expect(result.session.wait === null).toBe(result.session.status === "ended");
            }
            session = result.session;
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("is deterministic: the same flow, script and seed give the same results", () => {
    fc.assert(
      fc.property(
        flowArbitrary(8),
        fc.array(inputArbitrary, { minLength: 1, maxLength: 6 }),
        fc.integer(),
        (flow, script, seed) => {
          const play = () => {
            let session: Session | null = null;
            const random = createSeededRandom(seed);
            return script.map((pick, i) => {
              const result = advance(flow, session, pick(session, T0 + i * 1000, i), {
                now: T0 + i * 1000,
                random,
              });
              session = result.session;
              return result;
            });
          };
          expect(play()).toEqual(play());
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("document properties", () => {
  it("validateFlow never throws and gives unique, stable problem ids", () => {
    fc.assert(
      fc.property(flowArbitrary(), (flow) => {
        const problems = validateFlow(flow);
        expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
        expect(validateFlow(flow)).toEqual(problems);
      }),
      { numRuns: 200 },
    );
  });

  it("parseFlow round-trips through JSON", () => {
    fc.assert(
      fc.property(flowArbitrary(), (flow) => {
        expect(parseFlow(JSON.parse(JSON.stringify(flow)))).toEqual({ ok: true, flow });
      }),
      { numRuns: 100 },
    );
  });

  it("renaming a variable and back restores the document", () => {
    fc.assert(
      fc.property(
        flowArbitrary(),
        fc.constantFrom("name", "email", "order", "n", "answer"),
        (flow, name) => {
          const there = renameVariable(flow, name, "zz_fresh");
          expect(renameVariable(there, "zz_fresh", name)).toEqual(flow);
        },
      ),
      { numRuns: 200 },
    );
  });
});
