import { describe, expect, it } from "vitest";
import { buildFlow, node } from "@/lib/flow/testing/conversation";
import { findTriggerConflict } from "./find-trigger-conflict";

function flowWith(...triggers: object[]) {
  return buildFlow({
    nodes: triggers.map((trigger, i) => node(`s${i}`, "start", { trigger })),
  });
}
const live = (name: string, ...triggers: object[]) => ({
  flowId: name,
  flowName: name,
  document: flowWith(...triggers),
});

describe("findTriggerConflict", () => {
  it("refuses a second flow answering any message, naming the first", () => {
    expect(
      findTriggerConflict(flowWith({ kind: "any" }), [
        live("Menu", { kind: "keyword", keywords: ["menu"] }),
        live("Welcome", { kind: "any" }),
      ]),
    ).toEqual({
      flowId: "Welcome",
      flowName: "Welcome",
      trigger: { en: "any message", tr: "herhangi bir mesaj" },
    });
  });

  it("folds keywords the way the runtime matches them (case, accents, Turkish i)", () => {
    const conflict = findTriggerConflict(
      flowWith({ kind: "keyword", keywords: ["SİPARİŞ"], match: "exact" }),
      [live("Orders", { kind: "keyword", keywords: ["siparis"], match: "exact" })],
    );
    expect(conflict?.flowName).toBe("Orders");
    expect(conflict?.trigger.en).toBe('the keyword "SİPARİŞ"');
  });

  it("lets different triggers, match modes and API starts live side by side", () => {
    const mine = flowWith(
      { kind: "keyword", keywords: ["menu"], match: "contains" },
      { kind: "api" },
      { kind: "ad", adIds: ["111"] },
    );
    expect(
      findTriggerConflict(mine, [
        live("Exact menu", { kind: "keyword", keywords: ["menu"], match: "exact" }),
        live("Cart", { kind: "api" }),
        live("Other ad", { kind: "ad", adIds: ["222"] }),
        live("Any", { kind: "any" }),
      ]),
    ).toBeNull();
    expect(
      findTriggerConflict(mine, [live("Same ad", { kind: "ad", adIds: ["9", "111"] })]),
    ).toMatchObject({ flowName: "Same ad", trigger: { en: "ad 111" } });
  });
});
