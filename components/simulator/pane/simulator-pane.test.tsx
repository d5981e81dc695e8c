// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SimulatorState } from "@/lib/simulator/simulator-state";
import { renderWithIntl } from "../testing/with-intl";
import { SimulatorPane, type SimulatorPaneProps } from "./simulator-pane";

afterEach(cleanup);

const T0 = Date.UTC(2025, 4, 12, 9, 30);

const waitingOnDelay: SimulatorState = {
  id: "s1",
  clock: T0,
  status: "waiting",
  wait: { kind: "timer", nodeId: "wait", fireAt: T0 + 3_600_000 },
  windowOpenUntil: T0 + 86_400_000,
  nextTimerAt: T0 + 3_600_000,
  transcript: [],
  trace: [],
  effects: [],
  path: { nodeIds: ["start", "wait"], edgeIds: ["e1"] },
  variables: {},
  contact: { tags: [], fields: {} },
};

function renderPane(patch: Partial<SimulatorPaneProps> = {}) {
  const props: SimulatorPaneProps = {
    businessName: "Tulp & Co",
    state: null,
    busy: false,
    blockingErrors: 0,
    clock: T0,
    selectedNodeId: null,
    debugOpen: false,
    declaredVariables: [],
    nodeLabel: () => null,
    onAction: vi.fn(),
    onRestart: vi.fn(),
    onStartFromSelected: vi.fn(),
    onSkipDelay: vi.fn(),
    onAdvanceClock: vi.fn(),
    onToggleDebug: vi.fn(),
    onSetVariable: vi.fn(),
    onEditContact: vi.fn(),
    onShowProblems: vi.fn(),
    ...patch,
  };
  renderWithIntl(<SimulatorPane {...props} />);
  return props;
}

describe("the simulator pane", () => {
  it("offers skip only while a delay runs, and start-here only with a selection", () => {
    renderPane();
    expect(screen.getByRole("button", { name: "Skip the delay" })).toHaveProperty("disabled", true);
    expect(
      screen.getByRole("button", { name: "Select a step on the canvas to start from it" }),
    ).toHaveProperty("disabled", true);
    cleanup();
    const props = renderPane({ state: waitingOnDelay, selectedNodeId: "ask" });
    fireEvent.click(screen.getByRole("button", { name: "Skip the delay" }));
    expect(props.onSkipDelay).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Start from the selected step" }));
    expect(props.onStartFromSelected).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Restart" }));
    expect(props.onRestart).toHaveBeenCalled();
  });

  it("moves the clock 25 hours from the menu", async () => {
    const props = renderPane({ state: waitingOnDelay });
    fireEvent.keyDown(screen.getByRole("button", { name: "Move the clock forward" }), {
      key: "Enter",
    });
    fireEvent.click(await screen.findByRole("menuitem", { name: /25 hours later/ }));
    expect(props.onAdvanceClock).toHaveBeenCalledWith(25 * 3_600_000);
  });

  it("stops on validation errors with a way to the problems, and sends nothing", () => {
    const props = renderPane({ blockingErrors: 2 });
    expect(screen.getByTestId("validation-banner").textContent).toContain("This flow has 2 errors");
    fireEvent.click(screen.getByRole("button", { name: "Show problems" }));
    expect(props.onShowProblems).toHaveBeenCalled();
    const box = screen.getByRole("textbox", { name: "Message" });
    fireEvent.change(box, { target: { value: "hi" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(props.onAction).not.toHaveBeenCalled();
  });

  it("shows the debug drawer when asked", () => {
    renderPane({ debugOpen: true, state: waitingOnDelay });
    expect(screen.getByTestId("debug-drawer")).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Variables and trace" }).getAttribute("aria-pressed"),
    ).toBe("true");
  });
});
