import { describe, expect, it } from "vitest";
import { createEmptyFlow, createNode } from "@/lib/flow";
import { createEditorStore } from "./editor-store";
import { createProblemsSelector, createStructuralFlowSelector } from "./problems-selector";

describe("problems selector", () => {
  it("keeps the same problems array while only positions change", () => {
    const store = createEditorStore({ flow: createEmptyFlow(), revision: 1 });
    const select = createProblemsSelector();
    const first = select(store.getState());
    expect(first.map((p) => p.code)).toEqual(["port_unconnected"]);
    store.getState().moveNodes(new Map([["start", { x: 500, y: 500 }]]));
    expect(select(store.getState())).toBe(first);
    store.getState().addNode(createNode("message", "m1", { x: 0, y: 0 }));
    const second = select(store.getState());
    expect(second).not.toBe(first);
    expect(second.some((p) => p.code === "unreachable_node" && p.nodeId === "m1")).toBe(true);
  });
});

describe("structural flow selector", () => {
  it("ignores moves and follows every other change", () => {
    const store = createEditorStore({ flow: createEmptyFlow(), revision: 1 });
    const select = createStructuralFlowSelector();
    const first = select(store.getState());
    store.getState().moveNodes(new Map([["start", { x: 1, y: 1 }]]));
    expect(select(store.getState())).toBe(first);
    store.getState().replaceFlow({ ...store.getState().flow, variables: [{ name: "email" }] });
    expect(select(store.getState())).toBe(store.getState().flow);
  });
});
