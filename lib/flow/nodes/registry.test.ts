import * as lucide from "lucide-react";
import { describe, expect, it } from "vitest";
import { getNodeDefinition, isNodeType, nodeRegistry, nodeTypes } from "./registry";

describe("node registry", () => {
  it("holds exactly the 17 node types of issue 3", () => {
    expect([...nodeTypes].sort()).toEqual(
      [
        "start",
        "message",
        "buttons",
        "list",
        "question",
        "condition",
        "set_variable",
        "http_request",
        "discount_code",
        "delay",
        "template",
        "location_request",
        "cta_url",
        "contact_update",
        "handoff",
        "jump",
        "end",
      ].sort(),
    );
  });

  it("keys every definition by its own type", () => {
    for (const type of nodeTypes) {
      expect(getNodeDefinition(type).type).toBe(type);
      expect(
        nodeRegistry[type].schema.safeParse({
          id: "x",
          type,
          position: { x: 0, y: 0 },
          data: nodeRegistry[type].meta.defaultData(),
        }).success,
      ).toBe(true);
    }
    expect(isNodeType("teleport")).toBe(false);
    expect(isNodeType("toString")).toBe(false);
  });

  it("gives every type canvas metadata in English and Turkish with a real lucide icon", () => {
    const icons = new Set(Object.keys(lucide));
    for (const type of nodeTypes) {
      const { meta } = nodeRegistry[type];
      expect(icons.has(meta.icon), `${type}: ${meta.icon}`).toBe(true);
      for (const text of [meta.label.en, meta.label.tr, meta.description.en, meta.description.tr]) {
        expect(text.trim()).not.toBe("");
      }
      expect(["Messages", "Questions", "Logic", "Actions", "Commerce"]).toContain(meta.group);
      expect(meta.defaultData()).not.toBe(meta.defaultData());
    }
  });
});
