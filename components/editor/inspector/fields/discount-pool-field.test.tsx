// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DiscountPoolsContext,
  type DiscountPoolsValue,
} from "@/components/discounts/discount-pools-context";
import { renderWithIntl } from "@/components/simulator/testing/with-intl";
import { createEmptyFlow, createNode, type FlowNode } from "@/lib/flow";
import { NodeInspector } from "../node-inspector";

afterEach(cleanup);

const welcome = {
  id: "0b8c7d0e-1111-4a4a-8a8a-000000000001",
  name: "Welcome 10%",
  total: 40,
  available: 38,
  createdAt: "2026-11-25T00:00:00.000Z",
};
const empty = { ...welcome, id: "0b8c7d0e-1111-4a4a-8a8a-000000000002", name: "Old", available: 0 };

function discountNode(poolId: string): FlowNode {
  const node = createNode("discount_code", "code", { x: 0, y: 0 });
  if (node.type !== "discount_code") throw new Error("wrong node type");
  return { ...node, data: { ...node.data, source: { kind: "pool", poolId } } };
}

function renderInspector(node: FlowNode, pools: DiscountPoolsValue | null) {
  const onChange = vi.fn();
  const flow = createEmptyFlow();
  renderWithIntl(
    <DiscountPoolsContext.Provider value={pools}>
      <NodeInspector
        flow={{ ...flow, nodes: [...flow.nodes, node] }}
        node={node}
        problems={[]}
        readOnly={false}
        onChange={onChange}
      />
    </DiscountPoolsContext.Provider>,
  );
  return onChange;
}

describe("discount pool field", () => {
  it("offers the workspace's pools by name and stores the chosen pool's id", () => {
    const onChange = renderInspector(discountNode(""), {
      pools: [welcome, empty],
      manageHref: "/w/shop/discounts",
    });
    const select = screen.getByLabelText("Code pool");
    expect(screen.getByRole("option", { name: "Welcome 10% (38 left)" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Manage codes/ }).getAttribute("href")).toBe(
      "/w/shop/discounts",
    );
    fireEvent.change(select, { target: { value: welcome.id } });
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({ source: { kind: "pool", poolId: welcome.id } }),
    );
  });

  it("says when the chosen pool is empty or was deleted", () => {
    renderInspector(discountNode(empty.id), { pools: [welcome, empty], manageHref: "/d" });
    expect(screen.getByText(/no codes left/)).toBeTruthy();
    cleanup();
    renderInspector(discountNode("0b8c7d0e-1111-4a4a-8a8a-00000000dead"), {
      pools: [welcome],
      manageHref: "/d",
    });
    expect(screen.getByText("This pool was deleted: pick another one.")).toBeTruthy();
  });

  it("shows the id as text outside the editor", () => {
    renderInspector(discountNode(welcome.id), null);
    expect(screen.getByLabelText("Code pool")).toHaveProperty("value", welcome.id);
    expect(screen.queryByRole("option", { name: /left/ })).toBeNull();
  });
});
