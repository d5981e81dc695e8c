import { describe, expect, it, vi } from "vitest";
import type { Problem } from "@/lib/flow";
import { NodeProblemsStore } from "./node-problems-store";

const problem = (id: string, nodeId: string, en = id): Problem => ({
  id,
  severity: "error",
  nodeId,
  code: "x",
  message: { en, tr: en },
});

describe("the node problems store", () => {
  it("groups problems by node and keeps unchanged slices identical", () => {
    const store = new NodeProblemsStore();
    store.set([problem("a", "n1"), problem("b", "n2"), problem("c", "n2")]);
    const n1 = store.get("n1");
    expect(store.get("n2").map((p) => p.id)).toEqual(["b", "c"]);
    store.set([problem("a", "n1"), problem("b", "n2")]);
    expect(store.get("n1")).toBe(n1);
    expect(store.get("n2").map((p) => p.id)).toEqual(["b"]);
    expect(store.get("n3")).toEqual([]);
  });

  it("notifies only when something changed", () => {
    const store = new NodeProblemsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.set([problem("a", "n1")]);
    store.set([problem("a", "n1")]);
    expect(listener).toHaveBeenCalledTimes(1);
    store.set([problem("a", "n1", "reworded")]);
    store.set([]);
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
