// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmptyFlow, flowSchema, validateFlow, type Problem } from "@/lib/flow";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import { ProblemsPanel } from "./problems-panel";

afterEach(cleanup);

const flow = flowSchema.parse({
  version: 1,
  nodes: [
    { id: "start", type: "start", position: { x: 0, y: 0 }, data: { trigger: { kind: "any" } } },
    {
      id: "menu",
      type: "buttons",
      position: { x: 300, y: 0 },
      data: {
        body: "Pick one",
        buttons: [
          { id: "a", title: "A" },
          { id: "b", title: "B" },
          { id: "c", title: "C" },
          { id: "d", title: "D" },
        ],
      },
    },
  ],
  edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "menu" }],
  variables: [],
});

describe("the problems panel", () => {
  it("groups validateFlow's problems by severity, with the node they are about", () => {
    const problems = validateFlow(flow);
    renderWithIntl(<ProblemsPanel flow={flow} problems={problems} onSelectNode={vi.fn()} />);
    const errors = problems.filter((p) => p.severity === "error");
    const section = screen.getByRole("region", { name: `${errors.length} errors` });
    expect(within(section).getByText(/WhatsApp allows at most 3 reply buttons/)).toBeTruthy();
    const items = within(section).getAllByRole("button");
    expect(items).toHaveLength(errors.length);
    for (const item of items) expect(item.textContent).toContain("Reply buttons · menu");
  });

  it("selects the problem's node on click, and a connection's source node", () => {
    const onSelectNode = vi.fn();
    const problems: Problem[] = [
      {
        id: "x",
        severity: "warning",
        edgeId: "e1",
        code: "something",
        message: { en: "About the connection", tr: "Bağlantı hakkında" },
      },
      ...validateFlow(flow),
    ];
    renderWithIntl(<ProblemsPanel flow={flow} problems={problems} onSelectNode={onSelectNode} />);
    fireEvent.click(screen.getByText(/WhatsApp allows at most 3 reply buttons/));
    expect(onSelectNode).toHaveBeenLastCalledWith("menu");
    fireEvent.click(screen.getByText("About the connection"));
    expect(onSelectNode).toHaveBeenLastCalledWith("start");
  });

  it("shows flow-level problems without a node, and says when there are none", () => {
    const empty = createEmptyFlow();
    const { unmount } = renderWithIntl(
      <ProblemsPanel
        flow={empty}
        problems={[
          {
            id: "s",
            severity: "warning",
            field: "settings.globalKeywords.stop",
            code: "no_stop_keyword",
            message: { en: "No stop keyword", tr: "Durdurma kelimesi yok" },
          },
        ]}
        onSelectNode={vi.fn()}
      />,
      "tr",
    );
    expect(screen.getByText("Akış ayarları")).toBeTruthy();
    expect(screen.getByText("Durdurma kelimesi yok").closest("button")).toBeNull();
    unmount();
    renderWithIntl(<ProblemsPanel flow={empty} problems={[]} onSelectNode={vi.fn()} />);
    expect(screen.getByText("No problems: this flow is ready to publish.")).toBeTruthy();
  });
});
