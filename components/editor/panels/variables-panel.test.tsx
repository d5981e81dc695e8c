// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findVariableReferences, flowSchema, type Flow } from "@/lib/flow";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import { VariablesPanel } from "./variables-panel";

afterEach(cleanup);

function leadFlow(): Flow {
  return flowSchema.parse({
    version: 1,
    variables: [{ name: "email", description: "The customer's e-mail" }, { name: "unused" }],
    nodes: [
      {
        id: "start",
        type: "start",
        position: { x: 0, y: 0 },
        data: { trigger: { kind: "any" } },
      },
      {
        id: "ask",
        type: "question",
        position: { x: 300, y: 0 },
        data: { prompt: "Your e-mail?", variable: "email", answer: { type: "email" } },
      },
      {
        id: "thanks",
        type: "message",
        position: { x: 600, y: 0 },
        data: { text: "We will write to {{email}}. Your code: {{coupon}}" },
      },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "ask" },
      { id: "e2", source: "ask", sourceHandle: "next", target: "thanks" },
    ],
  });
}

function Harness({
  onChange,
  readOnly = false,
}: {
  onChange: (flow: Flow) => void;
  readOnly?: boolean;
}) {
  const [flow, setFlow] = useState(leadFlow);
  return (
    <VariablesPanel
      flow={flow}
      readOnly={readOnly}
      onChange={(next) => {
        onChange(next);
        setFlow(next);
      }}
    />
  );
}

function lastFlow(spy: ReturnType<typeof vi.fn>): Flow {
  const flow: unknown = spy.mock.calls.at(-1)?.[0];
  return flowSchema.parse(flow);
}

function row(name: string): HTMLElement {
  const element = document.querySelector(`[data-testid="variable-row"][data-name="${name}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no row ${name}`);
  return element;
}

describe("the variables panel", () => {
  it("lists declared variables with how often they are used", () => {
    renderWithIntl(<Harness onChange={vi.fn()} />);
    expect(within(row("email")).getByText("used in 2 places")).toBeTruthy();
    expect(within(row("unused")).getByText("not used yet")).toBeTruthy();
  });

  it("creates variables only with names lib/flow accepts", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness onChange={onChange} />);
    const input = screen.getByLabelText("New variable name");
    for (const bad of ["2fast", "contact", "has space"]) {
      fireEvent.change(input, { target: { value: bad } });
      fireEvent.click(screen.getByRole("button", { name: "Add" }));
      expect(screen.getByRole("alert").textContent).toContain("starting with a letter");
    }
    fireEvent.change(input, { target: { value: "email" } });
    expect(screen.getByRole("alert").textContent).toBe("A variable with this name already exists.");
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: "müşteri_adı" } });
    fireEvent.click(screen.getByRole("button", { name: "Add" }));
    expect(lastFlow(onChange).variables.map((v) => v.name)).toEqual([
      "email",
      "unused",
      "müşteri_adı",
    ]);
  });

  it("renames a variable and every reference to it", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Rename email" }));
    expect(screen.getByText("All 2 places that use it are updated too.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("New name"), { target: { value: "unused" } });
    expect(screen.getByRole("button", { name: "Save name" })).toHaveProperty("disabled", true);
    fireEvent.change(screen.getByLabelText("New name"), { target: { value: "mail" } });
    fireEvent.click(screen.getByRole("button", { name: "Save name" }));
    const flow = lastFlow(onChange);
    expect(flow.variables[0]).toEqual({ name: "mail", description: "The customer's e-mail" });
    const refs = findVariableReferences(flow).map((r) => `${r.nodeId}:${r.field}:${r.name}`);
    expect(refs).toContain("ask:variable:mail");
    expect(refs).toContain("thanks:text:mail");
    expect(refs.some((r) => r.endsWith(":email"))).toBe(false);
    expect(flow.nodes[2]?.data).toMatchObject({
      text: "We will write to {{mail}}. Your code: {{coupon}}",
    });
  });

  it("warns before deleting a variable that is still used", async () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Delete email" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("“email” is still used in 2 places");
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole("button", { name: "Delete variable" }));
    expect(lastFlow(onChange).variables.map((v) => v.name)).toEqual(["unused"]);
  });

  it("deletes an unused variable at once", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByRole("button", { name: "Delete unused" }));
    expect(lastFlow(onChange).variables.map((v) => v.name)).toEqual(["email"]);
  });

  it("offers to declare variables used without a declaration", () => {
    const onChange = vi.fn();
    renderWithIntl(<Harness onChange={onChange} />);
    expect(screen.getByText("coupon")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Declare" }));
    expect(lastFlow(onChange).variables.map((v) => v.name)).toEqual(["email", "unused", "coupon"]);
  });

  it("changes nothing when read-only", () => {
    renderWithIntl(<Harness onChange={vi.fn()} readOnly />);
    expect(screen.queryByLabelText("New variable name")).toBeNull();
    expect(screen.queryByRole("button", { name: "Rename email" })).toBeNull();
    expect(screen.getByLabelText("Description of email")).toHaveProperty("disabled", true);
  });
});
