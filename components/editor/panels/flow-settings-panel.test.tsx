// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { flowSchema, validateFlow, type Flow } from "@/lib/flow";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import { FlowSettingsPanel } from "./flow-settings-panel";

afterEach(cleanup);

function shopFlow(windowClosedTemplateNodeId = ""): Flow {
  return flowSchema.parse({
    version: 1,
    settings: { windowClosedTemplateNodeId },
    nodes: [
      { id: "start", type: "start", position: { x: 0, y: 0 }, data: { trigger: { kind: "any" } } },
      { id: "hi", type: "message", position: { x: 300, y: 0 }, data: { text: "Hi" } },
      {
        id: "remind",
        type: "template",
        position: { x: 600, y: 0 },
        data: { name: "still_there", buttons: [{ kind: "quick_reply", id: "y", title: "Yes" }] },
      },
      { id: "draft", type: "template", position: { x: 900, y: 0 }, data: {} },
    ],
    edges: [{ id: "e1", source: "start", sourceHandle: "next", target: "hi" }],
  });
}

describe("FlowSettingsPanel", () => {
  it("lists the flow's template steps and stores the chosen one", () => {
    const onChange = vi.fn();
    const flow = shopFlow();
    renderWithIntl(
      <FlowSettingsPanel flow={flow} problems={[]} readOnly={false} onChange={onChange} />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>("When the 24-hour window has closed");
    expect([...select.options].map((o) => [o.value, o.text])).toEqual([
      ["", "Send nothing (record the failure)"],
      ["remind", "still_there (remind)"],
      ["draft", "Template without a name (draft)"],
    ]);
    expect(select.value).toBe("");
    fireEvent.change(select, { target: { value: "remind" } });
    expect(onChange).toHaveBeenCalledWith({
      ...flow,
      settings: { ...flow.settings, windowClosedTemplateNodeId: "remind" },
    });
  });

  it("shows a deleted choice with its problem, in Turkish too", () => {
    const flow = shopFlow("gone");
    renderWithIntl(
      <FlowSettingsPanel
        flow={flow}
        problems={validateFlow(flow)}
        readOnly={false}
        onChange={() => {}}
      />,
      "tr",
    );
    const select = screen.getByLabelText<HTMLSelectElement>("24 saatlik pencere kapandığında");
    expect(select.value).toBe("gone");
    expect(select.selectedOptions[0]?.text).toBe("Silinmiş bir adım");
    expect(screen.getByRole("alert").textContent).toContain("artık akışta yok");
  });

  it("explains why a template without quick replies is a poor choice", () => {
    const flow = shopFlow("draft");
    renderWithIntl(
      <FlowSettingsPanel
        flow={flow}
        problems={validateFlow(flow)}
        readOnly={false}
        onChange={() => {}}
      />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText(/has no quick-reply buttons/)).toBeTruthy();
  });

  it("is read-only when the flow cannot be edited", () => {
    renderWithIntl(
      <FlowSettingsPanel flow={shopFlow("remind")} problems={[]} readOnly onChange={() => {}} />,
    );
    expect(
      screen.getByLabelText<HTMLSelectElement>("When the 24-hour window has closed").disabled,
    ).toBe(true);
  });
});
