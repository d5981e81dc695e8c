// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SimulatorState } from "@/lib/simulator/simulator-state";
import { renderWithIntl } from "../testing/with-intl";
import { DebugDrawer } from "./debug-drawer";

afterEach(cleanup);

const T0 = Date.UTC(2025, 4, 12, 9, 30);

function state(patch: Partial<SimulatorState> = {}): SimulatorState {
  return {
    id: "s1",
    clock: T0,
    status: "waiting",
    wait: { kind: "input", nodeId: "ask" },
    windowOpenUntil: null,
    nextTimerAt: null,
    transcript: [],
    trace: [
      {
        id: "1",
        step: 1,
        at: T0,
        entry: {
          type: "session_started",
          sessionId: "x",
          flowId: "main",
          startNodeId: "start",
          via: "trigger",
        },
      },
      {
        id: "2",
        step: 1,
        at: T0,
        entry: {
          type: "node_entered",
          flowId: "main",
          nodeId: "ask",
          nodeType: "question",
          step: 1,
        },
      },
      {
        id: "3",
        step: 2,
        at: T0,
        entry: {
          type: "input_rejected",
          nodeId: "ask",
          reason: "invalid_email",
          message: { en: "Not an e-mail <b>address</b>", tr: "E-posta değil" },
        },
      },
      { id: "4", step: 2, at: T0, entry: { type: "variable_set", name: "email", value: "a@b.co" } },
      {
        id: "5",
        step: 3,
        at: T0,
        entry: { type: "effect_requested", effectId: "e1", effect: "http_request", nodeId: "call" },
      },
      {
        id: "6",
        step: 3,
        at: T0,
        entry: { type: "effect_result", effectId: "e1", status: "error", accepted: true },
      },
      {
        id: "7",
        step: 3,
        at: T0,
        entry: {
          type: "edge_taken",
          flowId: "main",
          edgeId: "e",
          source: "a",
          sourceHandle: "next",
          target: "b",
        },
      },
    ],
    effects: [
      {
        effectId: "e1",
        type: "http_request",
        summary: "GET http://shop.example/orders/1",
        status: "applied",
        result: { status: "error", httpStatus: 503, message: "Service Unavailable" },
      },
    ],
    path: { nodeIds: [], edgeIds: [] },
    variables: { email: "a@b.co", order: { id: 1 } },
    contact: { name: "Ayşe", tags: ["vip"], fields: { city: "İzmir" } },
    ...patch,
  };
}

function renderDrawer(s: SimulatorState | null = state(), locale: "en" | "tr" = "en") {
  const onSelectNode = vi.fn();
  const onSetVariable = vi.fn();
  const onEditContact = vi.fn();
  renderWithIntl(
    <DebugDrawer
      state={s}
      declaredVariables={["email", "name"]}
      nodeLabel={(id) => ({ ask: "Ask e-mail", start: "Start" })[id] ?? null}
      onSelectNode={onSelectNode}
      onSetVariable={onSetVariable}
      onEditContact={onEditContact}
    />,
    locale,
  );
  return { onSelectNode, onSetVariable, onEditContact };
}

function openTab(name: string) {
  // Radix tabs switch on mousedown.
  fireEvent.mouseDown(screen.getByRole("tab", { name }), { button: 0 });
}

describe("the debug drawer", () => {
  it("lists the trace by step, in the reader's words, with rejections and HTTP results", () => {
    const { onSelectNode } = renderDrawer();
    const lines = screen.getAllByTestId("trace-line");
    // edge_taken is for the canvas, not the list.
    expect(lines.map((l) => l.dataset.type)).toEqual([
      "session_started",
      "node_entered",
      "input_rejected",
      "variable_set",
      "effect_requested",
      "effect_result",
    ]);
    expect(lines[2]?.textContent).toBe(
      "Answer rejected at Ask e-mail: Not an e-mail <b>address</b>",
    );
    expect(lines[2]?.querySelector("b")).toBeNull();
    expect(lines[4]?.textContent).toBe("Calling GET http://shop.example/orders/1");
    expect(lines[5]?.textContent).toBe("Failed (HTTP 503): Service Unavailable");
    expect(screen.getByText("Step 2")).toBeTruthy();
    fireEvent.click(within(lines[1] ?? document.body).getByRole("button", { name: "Ask e-mail" }));
    expect(onSelectNode).toHaveBeenCalledWith("ask");
  });

  it("uses the engine's Turkish message in Turkish", () => {
    renderDrawer(state(), "tr");
    expect(screen.getAllByTestId("trace-line")[2]?.textContent).toBe(
      "Ask e-mail yanıtı reddetti: E-posta değil",
    );
  });

  it("says where private network addresses are allowed when one was refused", () => {
    const refused = state({
      effects: [
        {
          effectId: "e1",
          type: "http_request",
          summary: "GET http://127.0.0.1:8080/orders/1",
          status: "applied",
          result: { status: "error", message: "Refusing to call a private address (127.0.0.1)" },
        },
      ],
    });
    renderDrawer(refused);
    expect(screen.getAllByTestId("trace-line")[5]?.textContent).toBe(
      "Failed: Refusing to call a private address (127.0.0.1). Owners can allow private network addresses in Settings → HTTP requests, unless the server's administrator blocks them.",
    );
    cleanup();
    renderDrawer(refused, "tr");
    expect(screen.getAllByTestId("trace-line")[5]?.textContent).toContain(
      "Ayarlar → HTTP istekleri",
    );
  });

  it("edits variables: JSON values as JSON, text as text, new ones too", () => {
    const { onSetVariable } = renderDrawer();
    openTab("Variables");
    const email = screen.getByLabelText("Value of email");
    expect(email).toHaveProperty("value", "a@b.co");
    expect(screen.getByLabelText("Value of order")).toHaveProperty("value", '{"id":1}');
    expect(screen.getByLabelText("Value of name")).toHaveProperty("placeholder", "not set");
    fireEvent.change(email, { target: { value: "x@y.z" } });
    fireEvent.blur(email);
    expect(onSetVariable).toHaveBeenLastCalledWith("email", "x@y.z");
    fireEvent.change(screen.getByLabelText("name"), { target: { value: "total" } });
    fireEvent.change(screen.getByLabelText("value"), { target: { value: "42.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Set variable" }));
    expect(onSetVariable).toHaveBeenLastCalledWith("total", 42.5);
  });

  it("refuses invalid variable names and needs a session", () => {
    const { onSetVariable } = renderDrawer(state({ status: "idle", variables: {} }));
    openTab("Variables");
    expect(screen.getByText(/Start the conversation/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Set variable" })).toHaveProperty("disabled", true);
    expect(onSetVariable).not.toHaveBeenCalled();
  });

  it("edits the sandbox contact", () => {
    const { onEditContact } = renderDrawer();
    openTab("Contact");
    const name = screen.getByLabelText("Name");
    expect(name).toHaveProperty("value", "Ayşe");
    fireEvent.change(name, { target: { value: "Ayşe Yılmaz" } });
    fireEvent.keyDown(name, { key: "Enter" });
    fireEvent.blur(name);
    expect(onEditContact).toHaveBeenCalledWith({ field: "name", value: "Ayşe Yılmaz" });
    const tags = screen.getByLabelText("Tags");
    fireEvent.change(tags, { target: { value: "vip, new ,," } });
    fireEvent.blur(tags);
    expect(onEditContact).toHaveBeenCalledWith({ field: "tags", value: ["vip", "new"] });
    expect(screen.getByLabelText("city")).toHaveProperty("value", "İzmir");
  });
});
