import { expect, test } from "@playwright/test";
import {
  canvas,
  canvasNode,
  canvasNodes,
  connectPort,
  dragFromPalette,
  expectSaved,
  openNewFlow,
  storedFlow,
} from "./support/editor";

test("a marketer drags steps from the palette, connects them, undoes and reloads", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page);
  await page.screenshot({ path: "/tmp/editor-empty.png" });

  const message = await dragFromPalette(page, "message", 560, 180);
  const end = await dragFromPalette(page, "end", 560, 640);
  await connectPort(page, "start", "next", message);
  await connectPort(page, message, "next", end);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(2);
  await expectSaved(page);
  await page.screenshot({ path: "/tmp/editor-built.png" });

  const stored = await storedFlow(page, slug, flowId);
  expect(stored.document.nodes.map((n) => n.type)).toEqual(["start", "message", "end"]);
  expect(stored.document.edges).toEqual([
    expect.objectContaining({ source: "start", sourceHandle: "next", target: message }),
    expect.objectContaining({ source: message, sourceHandle: "next", target: end }),
  ]);

  // A second connection from a connected port is refused with the reason.
  await connectPort(page, "start", "next", end);
  await expect(page.getByText("This output is already connected")).toBeVisible();
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(2);

  await page.reload();
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(2);
  await expect(canvasNode(page, end)).toBeVisible();
});
