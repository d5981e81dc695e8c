import { describe, expect, it } from "vitest";
import { nodeRegistry, nodeTypes } from "@/lib/flow";
import { NODE_ICONS } from "./node-icon";

describe("node icons", () => {
  it("bundle every icon the registry names", () => {
    const missing = nodeTypes.filter((type) => !(nodeRegistry[type].meta.icon in NODE_ICONS));
    expect(missing).toEqual([]);
  });
});
