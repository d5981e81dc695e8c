import { describe, expect, it } from "vitest";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  START_ANY,
} from "../../testing/conversation";

function run(assignments: object[], variables: object[] = [], seed = 7) {
  const c = new Conversation(
    buildFlow({
      nodes: [START_ANY, node("s", "set_variable", { assignments })],
      edges: [edge("start", "next", "s")],
      variables,
      settings: { timeZone: "Europe/Istanbul", locale: "tr" },
    }),
    { seed },
  );
  c.contact = { name: "Ayşe", tags: [], fields: {} };
  const result = c.say("hi");
  return { vars: c.session?.variables ?? {}, result };
}

describe("set_variable node", () => {
  it("sets literals and templates in order", () => {
    const { vars } = run([
      { variable: "greeting", value: { kind: "literal", value: "Merhaba" } },
      { variable: "vip", value: { kind: "literal", value: true } },
      { variable: "line", value: { kind: "template", template: "{{greeting}} {{contact.name}}" } },
    ]);
    expect(vars).toEqual({ greeting: "Merhaba", vip: true, line: "Merhaba Ayşe" });
  });

  it("calculates without eval", () => {
    const { vars } = run(
      [
        { variable: "total", value: { kind: "math", expression: "round(price * qty * 1.2, 2)" } },
        { variable: "half", value: { kind: "math", expression: "total / 2" } },
      ],
      [
        { name: "price", defaultValue: 19.99 },
        { name: "qty", defaultValue: "3" },
      ],
    );
    expect(vars.total).toBe(71.96);
    expect(vars.half).toBe(35.98);
  });

  it("keeps the old value and traces an error when a calculation fails", () => {
    const { vars, result } = run(
      [{ variable: "ratio", value: { kind: "math", expression: "1 / zero" } }],
      [
        { name: "zero", defaultValue: 0 },
        { name: "ratio", defaultValue: "old" },
      ],
    );
    expect(vars.ratio).toBe("old");
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "error", code: "assignment_failed", nodeId: "s" }),
    );
  });

  it("formats dates from now or from a variable, with offsets, in the flow's language and zone", () => {
    const { vars } = run(
      [
        { variable: "today", value: { kind: "date", format: "D MMMM YYYY dddd HH:mm" } },
        {
          variable: "deadline",
          value: {
            kind: "date",
            from: "ordered",
            offset: 3,
            offsetUnit: "days",
            format: "DD.MM.YYYY",
          },
        },
        {
          variable: "en",
          value: { kind: "date", format: "MMMM D", locale: "en", timeZone: "America/New_York" },
        },
        { variable: "broken", value: { kind: "date", from: "nothing" } },
      ],
      [{ name: "ordered", defaultValue: "2025-02-27" }],
    );
    expect(vars.today).toBe("12 Mart 2025 Çarşamba 12:00");
    expect(vars.deadline).toBe("02.03.2025");
    expect(vars.en).toBe("March 12");
    expect(vars).not.toHaveProperty("broken");
  });

  it("generates random codes from the seeded source", () => {
    const a = run(
      [
        {
          variable: "code",
          value: { kind: "random_code", length: 8, alphabet: "digits", prefix: "TR-" },
        },
      ],
      [],
      1,
    ).vars;
    const b = run(
      [
        {
          variable: "code",
          value: { kind: "random_code", length: 8, alphabet: "digits", prefix: "TR-" },
        },
      ],
      [],
      1,
    ).vars;
    const c = run(
      [
        {
          variable: "code",
          value: { kind: "random_code", length: 8, alphabet: "digits", prefix: "TR-" },
        },
      ],
      [],
      2,
    ).vars;
    expect(a.code).toMatch(/^TR-\d{8}$/);
    expect(b.code).toBe(a.code);
    expect(c.code).not.toBe(a.code);
  });

  it("validates names, calculations, zones and code lengths", () => {
    expect(issuesOf("set_variable", { assignments: [] })).toEqual(["no_assignments@assignments"]);
    expect(
      issuesOf("set_variable", {
        assignments: [
          { variable: "", value: { kind: "literal", value: "x" } },
          { variable: "a", value: { kind: "math", expression: "2 +* 3" } },
          { variable: "b", value: { kind: "date", timeZone: "Moon/Base", format: "" } },
          { variable: "c", value: { kind: "random_code", length: 99 } },
        ],
      }),
    ).toEqual([
      "required@assignments.0.variable",
      "invalid_expression@assignments.1.value.expression",
      "invalid_time_zone@assignments.2.value.timeZone",
      "required@assignments.2.value.format",
      "invalid_code_length@assignments.3.value.length",
    ]);
  });
});
