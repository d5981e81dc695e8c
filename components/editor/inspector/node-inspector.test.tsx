// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createEmptyFlow,
  createNode,
  flowNodeSchema,
  LIMITS,
  nodeTypes,
  validateFlow,
  type Flow,
  type FlowNode,
  type Problem,
} from "@/lib/flow";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import { NodeInspector } from "./node-inspector";

afterEach(cleanup);

function buttonsNode(body = "Hi"): FlowNode {
  return {
    id: "ask",
    type: "buttons",
    position: { x: 0, y: 0 },
    data: {
      body,
      header: "",
      footer: "",
      buttons: [
        { id: "btn_1", title: "Yes" },
        { id: "btn_2", title: "No" },
      ],
      retryMessage: "",
      maxAttempts: 2,
    },
  };
}

function flowWith(node: FlowNode): Flow {
  const flow = createEmptyFlow();
  return {
    ...flow,
    nodes: [...flow.nodes, node],
    variables: [{ name: "email" }, { name: "first_name" }],
  };
}

/** Holds the node like the editor store would, so several edits build on each other. */
function Harness({
  initial,
  problems,
  readOnly = false,
  onChange,
}: {
  initial: FlowNode;
  problems?: Problem[];
  readOnly?: boolean;
  onChange: (data: FlowNode["data"]) => void;
}) {
  const [node, setNode] = useState(initial);
  const flow = flowWith(node);
  return (
    <NodeInspector
      flow={flow}
      node={node}
      problems={problems ?? validateFlow(flow)}
      readOnly={readOnly}
      onChange={(data) => {
        onChange(data);
        setNode((n) => flowNodeSchema.parse({ ...n, data }));
      }}
    />
  );
}

function lastData(spy: ReturnType<typeof vi.fn>): unknown {
  return spy.mock.calls.at(-1)?.[0];
}

describe("the node inspector", () => {
  it("reports the node's complete new data when a field is typed in", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness initial={buttonsNode()} onChange={onChange} />);
    fireEvent.change(screen.getByLabelText("Message text"), { target: { value: "Pick one" } });
    expect(lastData(onChange)).toEqual({ ...buttonsNode().data, body: "Pick one" });
  });

  it("counts characters against WhatsApp's limits and turns red past them", () => {
    renderWithIntl(<Harness initial={buttonsNode()} onChange={vi.fn()} />);
    const field = screen.getAllByLabelText("Button title")[0] ?? document.body;
    const counter = within(field.closest("[data-field]") ?? document.body).getByTestId(
      "char-counter",
    );
    expect(counter.textContent).toBe(`3/${LIMITS.buttonTitle}`);
    fireEvent.change(field, { target: { value: "A title that is far too long" } });
    expect(counter.textContent).toBe(`28/${LIMITS.buttonTitle}`);
    expect(counter.className).toContain("text-destructive");
    // validateFlow's own text shows beside the field.
    expect(
      within(field.closest("[data-field]") ?? document.body).getByRole("alert").textContent,
    ).toBe(`The button title has 28 characters; WhatsApp allows at most ${LIMITS.buttonTitle}.`);
  });

  it("adds, reorders and removes buttons with fresh port ids", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness initial={buttonsNode()} onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Add button" }));
    fireEvent.click(screen.getByRole("button", { name: "Add button" }));
    expect(lastData(onChange)).toMatchObject({
      buttons: [
        { id: "btn_1", title: "Yes" },
        { id: "btn_2", title: "No" },
        { id: "btn_3", title: "" },
        { id: "btn_4", title: "" },
      ],
    });
    // Four buttons break WhatsApp's limit: the list says so in validateFlow's words.
    const list = screen.getByRole("region", { name: "Buttons" });
    expect(within(list).getAllByRole("alert")[0]?.textContent).toContain(
      `WhatsApp allows at most ${LIMITS.buttonsMax} reply buttons`,
    );
    fireEvent.click(screen.getAllByRole("button", { name: "Move down" })[0] ?? document.body);
    expect(lastData(onChange)).toMatchObject({
      buttons: [{ id: "btn_2" }, { id: "btn_1" }, { id: "btn_3" }, { id: "btn_4" }],
    });
    fireEvent.click(screen.getAllByRole("button", { name: "Remove" })[3] ?? document.body);
    expect(lastData(onChange)).toMatchObject({
      buttons: [{ id: "btn_2" }, { id: "btn_1" }, { id: "btn_3" }],
    });
  });

  it("inserts {{variable}} at the caret from the variable picker", async () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness initial={buttonsNode()} onChange={onChange} />);
    const body = screen.getByLabelText("Message text");
    if (!(body instanceof HTMLTextAreaElement)) throw new Error("not a textarea");
    fireEvent.change(body, { target: { value: "Hi , thanks" } });
    body.setSelectionRange(3, 3);
    const field = body.closest("[data-field]");
    if (!(field instanceof HTMLElement)) throw new Error("no field");
    fireEvent.keyDown(within(field).getByRole("button", { name: "Insert a variable" }), {
      key: "Enter",
    });
    fireEvent.click(await screen.findByRole("menuitem", { name: "first_name" }));
    expect(lastData(onChange)).toMatchObject({ body: "Hi {{first_name}}, thanks" });
    fireEvent.keyDown(within(field).getByRole("button", { name: "Insert a variable" }), {
      key: "Enter",
    });
    expect(await screen.findByRole("menuitem", { name: "contact.name" })).toBeTruthy();
  });

  it("fills template parameters, with the variable picker beside each", async () => {
    const onChange = vi.fn();
    renderWithIntl(
      <Harness initial={createNode("template", "t", { x: 0, y: 0 })} onChange={onChange} />,
    );
    const body = screen.getByText("Body parameters").closest("[data-field]");
    if (!(body instanceof HTMLElement)) throw new Error("no body parameters");
    fireEvent.click(within(body).getByRole("button", { name: "Add parameter" }));
    fireEvent.keyDown(within(body).getByRole("button", { name: "Insert a variable" }), {
      key: "Enter",
    });
    fireEvent.click(await screen.findByRole("menuitem", { name: "email" }));
    expect(lastData(onChange)).toMatchObject({ bodyParams: ["{{email}}"] });
    fireEvent.change(within(body).getByLabelText("{{1}}"), { target: { value: "Ayşe" } });
    expect(lastData(onChange)).toMatchObject({ bodyParams: ["Ayşe"] });
  });

  it("shows each problem beside its field, and the others on top", () => {
    const problems: Problem[] = [
      {
        id: "p1",
        severity: "error",
        nodeId: "ask",
        field: "buttons.1.title",
        code: "required",
        message: { en: "The button title is required.", tr: "Düğme başlığı boş olamaz." },
      },
      {
        id: "p2",
        severity: "warning",
        nodeId: "ask",
        code: "unreachable_node",
        message: { en: "No start node leads here.", tr: "Buraya hiçbir başlangıç ulaşmıyor." },
      },
      {
        id: "p3",
        severity: "error",
        nodeId: "elsewhere",
        field: "body",
        code: "required",
        message: { en: "Someone else's", tr: "Başkasının" },
      },
    ];
    renderWithIntl(<Harness initial={buttonsNode()} problems={problems} onChange={vi.fn()} />);
    const second = document.querySelector('[data-field="buttons.1.title"]');
    expect(second?.textContent).toContain("The button title is required.");
    const summary = screen.getByTestId("node-problems");
    const visible = [...summary.querySelectorAll("li")].filter((li) => !li.hidden);
    expect(visible.map((li) => li.textContent)).toEqual(["No start node leads here."]);
    expect(screen.queryByText("Someone else's")).toBeNull();
  });

  it("keeps port ids folded away unless validation is about them", () => {
    const problems: Problem[] = [
      {
        id: "dup",
        severity: "error",
        nodeId: "ask",
        field: "buttons.1.id",
        code: "duplicate_id",
        message: {
          en: "Two buttons use the id btn_2.",
          tr: "İki düğme btn_2 kimliğini kullanıyor.",
        },
      },
    ];
    renderWithIntl(<Harness initial={buttonsNode()} problems={problems} onChange={vi.fn()} />);
    const [first, second] = [...document.querySelectorAll("details")];
    expect(first?.open).toBe(false);
    expect(second?.open).toBe(true);
    expect(second?.textContent).toContain("Two buttons use the id btn_2.");
  });

  it("speaks Turkish, validateFlow's texts included", () => {
    const node = buttonsNode();
    const flow = flowWith(buttonsNode(""));
    renderWithIntl(
      <NodeInspector
        flow={flow}
        node={flow.nodes[1] ?? node}
        problems={validateFlow(flow)}
        readOnly={false}
        onChange={vi.fn()}
      />,
      "tr",
    );
    expect(screen.getByLabelText("Mesaj metni")).toBeTruthy();
    expect(document.querySelector('[data-field="body"]')?.textContent).toContain(
      "Mesaj metni boş olamaz.",
    );
  });

  it("switches a question's answer type to lib/flow's defaults for it", () => {
    const onChange = vi.fn();
    renderWithIntl(
      <Harness initial={createNode("question", "q", { x: 0, y: 0 })} onChange={onChange} />,
    );
    fireEvent.change(screen.getByLabelText("Expected answer"), { target: { value: "phone" } });
    expect(lastData(onChange)).toMatchObject({ answer: { type: "phone", defaultCountry: "TR" } });
    fireEvent.change(screen.getByLabelText("Default country"), { target: { value: "NL" } });
    expect(lastData(onChange)).toMatchObject({ answer: { type: "phone", defaultCountry: "NL" } });
  });

  it("keeps a number being typed and reports it once it is one", () => {
    const onChange = vi.fn();
    renderWithIntl(
      <Harness initial={createNode("delay", "d", { x: 0, y: 0 })} onChange={onChange} />,
    );
    const amount = screen.getByLabelText("Wait");
    fireEvent.change(amount, { target: { value: "" } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(amount, { target: { value: "15" } });
    expect(lastData(onChange)).toEqual({ amount: 15, unit: "minutes" });
  });

  it("disables every control when read-only", () => {
    renderWithIntl(<Harness initial={buttonsNode()} readOnly onChange={vi.fn()} />);
    const form = screen.getByTestId("node-inspector").querySelector("fieldset");
    expect(form?.disabled).toBe(true);
    expect(screen.getByText("View only")).toBeTruthy();
  });

  it.each(nodeTypes)("renders a form for %s nodes in both languages", (type) => {
    const node = createNode(type, "n", { x: 0, y: 0 });
    for (const locale of ["en", "tr"] as const) {
      const view = renderWithIntl(<Harness initial={node} onChange={vi.fn()} />, locale);
      expect(
        view.getByTestId("node-inspector").querySelectorAll("[data-field]").length,
      ).toBeGreaterThan(0);
      act(() => view.unmount());
    }
  });
});
