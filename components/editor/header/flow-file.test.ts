import { describe, expect, it } from "vitest";
import { createEmptyFlow } from "@/lib/flow";
import { exportFileName, exportFlowJson, importFlowJson } from "./flow-file";

describe("flow import/export", () => {
  it("round-trips a flow through its file", () => {
    const flow = createEmptyFlow();
    const result = importFlowJson(exportFlowJson(flow));
    expect(result.ok && result.flow).toEqual(flow);
    expect(result.ok && result.problems.map((p) => p.code)).toEqual(["port_unconnected"]);
  });

  it("names the bad field of a broken file", () => {
    expect(importFlowJson("{oops")).toMatchObject({ ok: false, path: "" });
    const broken = {
      ...createEmptyFlow(),
      nodes: [{ id: "a", type: "message", position: { x: 0 }, data: {} }],
    };
    expect(importFlowJson(JSON.stringify(broken))).toMatchObject({
      ok: false,
      path: "nodes.0.position.y",
    });
  });

  it("makes safe file names", () => {
    expect(exportFileName("Hoş geldin / welcome!")).toBe("hos-geldin-welcome.sohbet.json");
    expect(exportFileName("***")).toBe("flow.sohbet.json");
  });
});
