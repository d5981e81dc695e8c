import { describe, expect, it } from "vitest";
import { validateFlow } from "@/lib/flow";
import { generateBenchFlow } from "./bench-flow";

describe("generateBenchFlow", () => {
  it("makes 1,000 nodes and 1,200 edges, the same for the same seed", () => {
    const flow = generateBenchFlow();
    expect(flow.nodes).toHaveLength(1000);
    expect(flow.edges).toHaveLength(1200);
    expect(generateBenchFlow()).toEqual(flow);
    const structural = validateFlow(flow).filter((p) =>
      [
        "port_multiple_edges",
        "edge_port_missing",
        "edge_target_missing",
        "duplicate_node_id",
      ].includes(p.code),
    );
    expect(structural).toEqual([]);
  });
});
