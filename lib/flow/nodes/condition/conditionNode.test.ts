import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../json";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";
import type { ConditionOperator } from "./conditionSchema";

type Rule = {
  subject?: object;
  operator: ConditionOperator;
  value?: string;
  values?: string[];
  caseSensitive?: boolean;
};

const rule = (r: Rule) => ({
  subject: { kind: "variable", name: "x" },
  value: "",
  values: [],
  ...r,
});

/** Runs a condition with `x` set to `value`; returns the port taken. */
function branchFor(value: JsonValue | undefined, branches: object[]): string {
  const c = new Conversation(
    buildFlow({
      nodes: [START_ANY, node("c", "condition", { branches })],
      edges: [edge("start", "next", "c")],
      variables: value === undefined ? [] : [{ name: "x", defaultValue: 0 }],
    }),
  );
  c.contact = { name: "Ayşe", tags: ["vip", "İstanbul"], fields: { tier: "gold" } };
  if (value !== undefined) {
    // Put any JSON value in place via an API start.
    c.apiStart({ x: value }, "start");
  }
  const result = value === undefined ? c.say("Merhaba Dünya") : c.history[0];
  const taken = result?.trace.find((t) => t.type === "dead_end");
  return taken?.type === "dead_end" ? taken.port : "?";
}

function holds(value: JsonValue | undefined, r: Rule): boolean {
  return branchFor(value, [{ id: "yes", groups: [{ rules: [rule(r)] }] }]) === "yes";
}

describe("condition node", () => {
  it("compares equality numerically, case- and accent-insensitively by default", () => {
    expect(holds("İstanbul", { operator: "equals", value: "istanbul" })).toBe(true);
    expect(holds("İstanbul", { operator: "equals", value: "istanbul", caseSensitive: true })).toBe(
      false,
    );
    expect(holds(3, { operator: "equals", value: "3.0" })).toBe(true);
    expect(holds("abc", { operator: "not_equals", value: "ABD" })).toBe(true);
  });

  it("handles contains, starts and ends with", () => {
    expect(holds("ayse@GMAIL.com", { operator: "contains", value: "@gmail.com" })).toBe(true);
    expect(holds("ayse@gmail.com", { operator: "not_contains", value: "hotmail" })).toBe(true);
    expect(holds("TR-1234", { operator: "starts_with", value: "tr-" })).toBe(true);
    expect(holds("TR-1234", { operator: "ends_with", value: "34" })).toBe(true);
  });

  it("orders numbers and ISO dates, and is false for anything else", () => {
    expect(holds(150, { operator: "greater_than", value: "100" })).toBe(true);
    expect(holds("99,5", { operator: "less_than", value: "100" })).toBe(true);
    expect(holds(100, { operator: "greater_or_equal", value: "100" })).toBe(true);
    expect(holds(100, { operator: "less_or_equal", value: "99" })).toBe(false);
    expect(holds("2025-03-01", { operator: "less_than", value: "2025-03-12" })).toBe(true);
    expect(holds("abc", { operator: "greater_than", value: "1" })).toBe(false);
  });

  it("knows set and empty", () => {
    expect(holds(undefined, { operator: "is_set" })).toBe(false);
    expect(holds(undefined, { operator: "is_not_set" })).toBe(true);
    expect(holds("  ", { operator: "is_empty" })).toBe(true);
    expect(holds([], { operator: "is_empty" })).toBe(true);
    expect(holds({ a: 1 }, { operator: "is_not_empty" })).toBe(true);
    expect(holds(null, { operator: "is_set" })).toBe(false);
  });

  it("checks list membership", () => {
    expect(holds("Ankara", { operator: "in_list", values: ["İzmir", "ankara"] })).toBe(true);
    expect(holds("Bursa", { operator: "not_in_list", values: ["İzmir", "ankara"] })).toBe(true);
  });

  it("runs safe regular expressions and refuses unsafe ones", () => {
    expect(holds("34000", { operator: "regex", value: "^\\d{5}$" })).toBe(true);
    expect(holds("3400", { operator: "regex", value: "^\\d{5}$" })).toBe(false);
    expect(
      holds("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", {
        operator: "regex",
        value: "^(a+)+$",
      }),
    ).toBe(false);
  });

  it("reads contact fields, tags and the last message", () => {
    expect(
      holds(undefined, {
        subject: { kind: "contact", field: "name" },
        operator: "equals",
        value: "ayse",
      }),
    ).toBe(true);
    expect(
      holds(undefined, {
        subject: { kind: "contact", field: "tier" },
        operator: "equals",
        value: "GOLD",
      }),
    ).toBe(true);
    expect(
      holds(undefined, {
        subject: { kind: "contact", field: "tags" },
        operator: "contains",
        value: "VIP",
      }),
    ).toBe(true);
    expect(
      holds(undefined, {
        subject: { kind: "contact", field: "tags" },
        operator: "contains",
        value: "vi",
      }),
    ).toBe(false);
    expect(
      holds(undefined, { subject: { kind: "last_message" }, operator: "contains", value: "dunya" }),
    ).toBe(true);
  });

  it("compares against other variables through templates", () => {
    expect(holds(5, { operator: "less_than", value: "{{limit|10}}" })).toBe(true);
  });

  it("combines rules with AND/OR groups, takes the first matching branch, else otherwise", () => {
    const branches = [
      {
        id: "big-vip",
        match: "all",
        groups: [
          {
            match: "all",
            rules: [
              rule({ operator: "greater_than", value: "100" }),
              rule({
                subject: { kind: "contact", field: "tags" },
                operator: "contains",
                value: "vip",
              }),
            ],
          },
        ],
      },
      {
        id: "either",
        match: "any",
        groups: [
          { match: "all", rules: [rule({ operator: "equals", value: "7" })] },
          {
            match: "any",
            rules: [
              rule({ operator: "equals", value: "8" }),
              rule({ operator: "equals", value: "9" }),
            ],
          },
        ],
      },
      { id: "empty", groups: [] },
    ];
    expect(branchFor(150, branches)).toBe("big-vip");
    expect(branchFor(9, branches)).toBe("either");
    expect(branchFor(7, branches)).toBe("either");
    expect(branchFor(1, branches)).toBe("else");
  });

  it("validates branches and rules", () => {
    const ok = {
      branches: [{ id: "a", groups: [{ rules: [rule({ operator: "equals", value: "1" })] }] }],
    };
    expect(issuesOf("condition", ok)).toEqual([]);
    expect(issuesOf("condition", { branches: [] })).toEqual(["no_branches@branches"]);
    expect(
      issuesOf("condition", {
        branches: [
          { id: "else", groups: [] },
          {
            id: "b",
            groups: [
              {
                rules: [
                  rule({ operator: "regex", value: "(a+)+" }),
                  rule({ operator: "regex", value: "(" }),
                  rule({ operator: "greater_than", value: "lots" }),
                  rule({ operator: "in_list" }),
                  rule({ subject: { kind: "variable", name: "" }, operator: "contains" }),
                  rule({ subject: { kind: "contact", field: "" }, operator: "is_set" }),
                ],
              },
            ],
          },
          { id: "b", groups: [{ rules: [rule({ operator: "regex", value: "^{{pattern}}$" })] }] },
        ],
      }),
    ).toEqual([
      "reserved_port_id@branches.0.id",
      "empty_branch@branches.0.groups",
      "unsafe_regex@branches.1.groups.0.rules.0.value",
      "invalid_regex@branches.1.groups.0.rules.1.value",
      "not_a_number@branches.1.groups.0.rules.2.value",
      "required@branches.1.groups.0.rules.3.values",
      "required@branches.1.groups.0.rules.4.subject.name",
      "required@branches.1.groups.0.rules.4.value",
      "required@branches.1.groups.0.rules.5.subject.field",
      "duplicate_id@branches.2.id",
    ]);
  });
});

describe("condition ports", () => {
  it("follows the branch edge", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("c", "condition", {
            branches: [
              {
                id: "hi",
                groups: [
                  {
                    rules: [
                      rule({ subject: { kind: "last_message" }, operator: "equals", value: "hi" }),
                    ],
                  },
                ],
              },
            ],
          }),
          node("yes", "message", { text: "matched" }),
          node("no", "message", { text: "else" }),
        ],
        edges: [edge("start", "next", "c"), edge("c", "hi", "yes"), edge("c", "else", "no")],
      }),
    );
    expect(said(c.say("HI!"))).toEqual(["matched"]);
  });
});
