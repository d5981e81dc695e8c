// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { createNode, nodeTypes, outputPorts, type FlowNode, type Problem } from "@/lib/flow";
import { flowNodeTypes } from "./flow-node-types";
import { CardsCanvas } from "./render-cards";

afterEach(cleanup);

function buttonsNode(): FlowNode {
  return {
    id: "ask",
    type: "buttons",
    position: { x: 0, y: 0 },
    data: {
      body: "Hi {{first_name}}, what do you need?",
      header: "",
      footer: "",
      buttons: [
        { id: "b_track", title: "Track order" },
        { id: "b_return", title: "Return" },
        { id: "b_human", title: "Talk to us" },
      ],
      retryMessage: "",
      maxAttempts: 2,
    },
  };
}

function card(nodeId: string): HTMLElement {
  const wrapper = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId}"]`);
  if (!wrapper) throw new Error(`no node ${nodeId}`);
  return within(wrapper).getByTestId("node-card");
}

function sourceHandleIds(nodeId: string): (string | null)[] {
  return [...card(nodeId).querySelectorAll(".react-flow__handle.source")].map((h) =>
    h.getAttribute("data-handleid"),
  );
}

describe("node cards", () => {
  it("exist for every lib/flow node type", () => {
    expect(Object.keys(flowNodeTypes).sort()).toEqual([...nodeTypes].sort());
  });

  it("render one source handle per output port, with the port id", () => {
    const node = buttonsNode();
    render(<CardsCanvas nodes={[node]} />);
    expect(sourceHandleIds("ask")).toEqual(outputPorts(node).map((p) => p.id));
    expect(sourceHandleIds("ask")).toEqual(["b_track", "b_return", "b_human", "invalid"]);
    expect(within(card("ask")).getByText("Track order")).toBeTruthy();
    expect(within(card("ask")).getByText("Invalid answer")).toBeTruthy();
    expect(card("ask").querySelectorAll(".react-flow__handle.target")).toHaveLength(1);
  });

  it("give start nodes no input handle", () => {
    render(<CardsCanvas nodes={[createNode("start", "s", { x: 0, y: 0 })]} />);
    expect(card("s").querySelectorAll(".react-flow__handle.target")).toHaveLength(0);
    expect(sourceHandleIds("s")).toEqual(["next"]);
  });

  it("render every node type with its default data", () => {
    const nodes = nodeTypes.map((type, i) => createNode(type, `n${i}`, { x: i * 300, y: 0 }));
    render(<CardsCanvas nodes={nodes} />);
    nodes.forEach((node) => {
      expect(card(node.id).getAttribute("data-node-type")).toBe(node.type);
      expect(sourceHandleIds(node.id)).toEqual(outputPorts(node).map((p) => p.id));
    });
  });

  it("highlight {{variables}} in the text", () => {
    render(<CardsCanvas nodes={[buttonsNode()]} />);
    const chip = card("ask").querySelector("[data-variable]");
    expect(chip?.getAttribute("data-variable")).toBe("first_name");
  });

  it("count the node's own problems in a badge and mark the port concerned", () => {
    const problems: Problem[] = [
      {
        id: "a",
        severity: "error",
        nodeId: "ask",
        port: "b_return",
        code: "port_unconnected",
        message: { en: "Connect Return", tr: "İade'yi bağlayın" },
      },
      {
        id: "b",
        severity: "warning",
        nodeId: "ask",
        field: "body",
        code: "x",
        message: { en: "w", tr: "w" },
      },
      {
        id: "c",
        severity: "error",
        nodeId: "other",
        code: "x",
        message: { en: "o", tr: "o" },
      },
    ];
    const { rerender } = render(<CardsCanvas nodes={[buttonsNode()]} problems={problems} />);
    expect(within(card("ask")).getByTestId("node-problem-badge").textContent).toBe("2");
    expect(within(card("ask")).getByLabelText("2 problems")).toBeTruthy();
    expect(card("ask").querySelector('[data-port="b_return"] .text-destructive')).toBeTruthy();
    rerender(<CardsCanvas nodes={[buttonsNode()]} problems={[]} />);
    expect(within(card("ask")).queryByTestId("node-problem-badge")).toBeNull();
  });

  it("speak Turkish", () => {
    render(<CardsCanvas nodes={[buttonsNode()]} locale="tr" />);
    expect(screen.getByText("Yanıt düğmeleri")).toBeTruthy();
    expect(screen.getByText("Geçersiz yanıt")).toBeTruthy();
  });

  it("cannot be connected when read-only", () => {
    render(<CardsCanvas nodes={[buttonsNode()]} readOnly />);
    const handles = card("ask").querySelectorAll(".react-flow__handle");
    expect(handles.length).toBe(5);
    handles.forEach((h) => expect(h.classList.contains("connectable")).toBe(false));
  });
});

describe("zoomed far out", () => {
  it("keeps the card's shape and handles but stops painting its texts", () => {
    render(<CardsCanvas nodes={[buttonsNode()]} zoom={0.3} />);
    expect(card("ask").getAttribute("data-zoomed-out")).toBe("true");
    expect(card("ask").querySelectorAll(".invisible").length).toBeGreaterThan(0);
    expect(sourceHandleIds("ask")).toEqual(["b_track", "b_return", "b_human", "invalid"]);
    cleanup();
    render(<CardsCanvas nodes={[buttonsNode()]} zoom={1} />);
    expect(card("ask").getAttribute("data-zoomed-out")).toBeNull();
    expect(card("ask").querySelectorAll(".invisible")).toHaveLength(0);
  });

  it("switches at the canvas's own threshold: still readable at 0.45", () => {
    render(<CardsCanvas nodes={[buttonsNode()]} zoom={0.45} />);
    expect(card("ask").getAttribute("data-zoomed-out")).toBeNull();
    expect(card("ask").querySelectorAll(".invisible")).toHaveLength(0);
  });
});

describe("card memoization", () => {
  it("ignores position and drag props, so dragging re-renders no card", () => {
    const Card = flowNodeTypes.message;
    expect(Card).toBeDefined();
    if (!Card || !("compare" in Card) || typeof Card.compare !== "function")
      throw new Error("not memo");
    const data = { text: "Hi", previewUrl: false };
    const base = { id: "m", data, selected: false, positionAbsoluteX: 0, dragging: false };
    expect(Card.compare(base, { ...base, positionAbsoluteX: 40, dragging: true })).toBe(true);
    expect(Card.compare(base, { ...base, selected: true })).toBe(false);
    expect(Card.compare(base, { ...base, data: { ...data } })).toBe(false);
  });
});
