import { describe, expect, it } from "vitest";
import { nodeRegistry, nodeTypes } from "@/lib/flow";
import { hasIcon } from "./node-icon";

describe("NodeIcon", () => {
  it("knows the icon of every node type", () => {
    for (const type of nodeTypes) expect(hasIcon(nodeRegistry[type].meta.icon), type).toBe(true);
  });
});
