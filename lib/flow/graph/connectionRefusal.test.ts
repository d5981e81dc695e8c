import { describe, expect, it } from "vitest";
import { flowSchema } from "../schema/flowSchema";
import { FLOW_VERSION } from "../version";
import { connectionRefusal } from "./connectionRefusal";

const node = (id: string, type: string, data: object) => ({
  id,
  type,
  position: { x: 0, y: 0 },
  data,
});

const flow = flowSchema.parse({
  version: FLOW_VERSION,
  nodes: [
    node("s", "start", { trigger: { kind: "any" } }),
    node("m", "message", { text: "hi" }),
    node("b", "buttons", { body: "Pick", buttons: [{ id: "yes", title: "Yes" }] }),
  ],
  edges: [{ id: "e1", source: "s", sourceHandle: "next", target: "m" }],
});

const codeOf = (source: string, sourceHandle: string, target: string) =>
  connectionRefusal(flow, { source, sourceHandle, target })?.code ?? null;

describe("connectionRefusal", () => {
  it("allows a free output to any other step", () => {
    expect(codeOf("m", "next", "b")).toBeNull();
    expect(codeOf("b", "yes", "m")).toBeNull();
  });
  it("refuses a second edge from one output, with a message in both languages", () => {
    const refusal = connectionRefusal(flow, { source: "s", sourceHandle: "next", target: "b" });
    expect(refusal?.code).toBe("port_connected");
    expect(refusal?.message.en).toMatch(/already connected/);
    expect(refusal?.message.tr).toMatch(/zaten bağlı/);
  });
  it("refuses edges into a start step", () => {
    expect(codeOf("m", "next", "s")).toBe("into_start");
  });
  it("refuses a self-loop unless the step waits for the customer", () => {
    expect(codeOf("m", "next", "m")).toBe("self_loop_without_wait");
    expect(codeOf("b", "yes", "b")).toBeNull();
  });
  it("refuses unknown steps and ports", () => {
    expect(codeOf("m", "nope", "b")).toBe("port_missing");
    expect(codeOf("ghost", "next", "b")).toBe("node_missing");
    expect(codeOf("m", "next", "ghost")).toBe("node_missing");
  });
});
