import { expect, test, type Page } from "@playwright/test";
import {
  canvas,
  canvasNode,
  canvasNodes,
  connectPort,
  dragFromPalette,
  expectSaved,
  nodeIdsOfType,
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

test("undo and redo restore the exact document states, and a drag is one step", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page);
  const stored = async () => JSON.stringify((await storedFlow(page, slug, flowId)).document);
  const states = [await stored()];
  const step = async () => {
    await expectSaved(page);
    states.push(await stored());
  };

  // Click to add: the new step lands in the middle of the view, selected.
  await page.getByTestId("palette-item-message").click();
  await expect(canvas(page).locator(".react-flow__node-message")).toHaveCount(1);
  const message = (await nodeIdsOfType(page, "message"))[0] ?? "";
  await step();

  // A drag of many frames is a single undo step.
  const box = await canvasNode(page, message).boundingBox();
  if (box === null) throw new Error("message not visible");
  await page.mouse.move(box.x + 40, box.y + 15);
  await page.mouse.down();
  await page.mouse.move(box.x + 140, box.y - 120, { steps: 20 });
  await page.mouse.up();
  await step();

  await connectPort(page, "start", "next", message);
  await step();

  await page.getByTestId("palette-item-end").click();
  await expect(canvas(page).locator(".react-flow__node-end")).toHaveCount(1);
  await step();

  await canvasNode(page, message).click();
  await page.keyboard.press("Delete");
  await expect(canvasNode(page, message)).toHaveCount(0);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(0);
  await step();
  expect(new Set(states).size).toBe(states.length);

  for (let i = states.length - 2; i >= 0; i--) {
    await page.keyboard.press("Control+z");
    await expectSaved(page);
    expect(await stored()).toBe(states[i]);
  }
  await expect(canvasNodes(page)).toHaveCount(1);
  for (let i = 1; i < states.length; i++) {
    await page.keyboard.press("Control+Shift+z");
    await expectSaved(page);
    expect(await stored()).toBe(states[i]);
  }
  await expect(page.getByRole("button", { name: "Redo" })).toBeDisabled();
});

test("copy, paste, duplicate, nudge and delete from the context menu", async ({ page }) => {
  const { slug, flowId } = await openNewFlow(page);
  const message = await dragFromPalette(page, "message", 200, 150);
  const end = await dragFromPalette(page, "end", 620, 150);
  await connectPort(page, message, "next", end);

  // Box-select both (Shift + drag), then copy and paste: two new nodes and their edge.
  const a = await canvasNode(page, message).boundingBox();
  const b = await canvasNode(page, end).boundingBox();
  if (a === null || b === null) throw new Error("nodes not visible");
  await page.keyboard.down("Shift");
  await page.mouse.move(a.x - 20, a.y - 20);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width + 20, b.y + b.height + 20, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up("Shift");
  await expect(canvas(page).locator(".react-flow__node.selected")).toHaveCount(2);
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(canvasNodes(page)).toHaveCount(5);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(2);
  await expect(canvas(page).locator(".react-flow__node.selected")).toHaveCount(2);

  // Nudge the pasted pair with the arrow keys.
  await expectSaved(page);
  const pasted = (await storedFlow(page, slug, flowId)).document.nodes.slice(3);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await expectSaved(page);
  const nudged = (await storedFlow(page, slug, flowId)).document.nodes.slice(3);
  expect(nudged.map((n) => n.position)).toEqual(
    pasted.map((n) => ({ x: n.position.x + 10, y: n.position.y + 50 })),
  );

  // Duplicate with Ctrl+D, then delete the copy from the right-click menu.
  await canvasNode(page, message).click();
  await page.keyboard.press("Control+d");
  await expect(canvas(page).locator(".react-flow__node-message")).toHaveCount(3);
  const copy = canvas(page).locator(".react-flow__node-message.selected");
  await copy.click({ button: "right" });
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(canvas(page).locator(".react-flow__node-message")).toHaveCount(2);
});

/** The canvas's zoom, as React Flow renders it on the viewport. */
async function zoomOf(page: Page): Promise<number> {
  const style = await canvas(page).locator(".react-flow__viewport").getAttribute("style");
  return Number(/scale\(([\d.]+)\)/.exec(style ?? "")?.[1] ?? "NaN");
}

/** Zooms with the mouse wheel over the canvas until the zoom is `target` (within 1%). */
async function zoomTo(page: Page, target: number) {
  const box = await canvas(page).boundingBox();
  if (box === null) throw new Error("canvas not visible");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 8; i++) {
    const zoom = await zoomOf(page);
    if (Math.abs(zoom - target) / target < 0.01) return;
    // React Flow zooms by 2^(-deltaY * 0.002) per wheel event.
    await page.mouse.wheel(0, -Math.log2(target / zoom) / 0.002);
    await expect.poll(() => zoomOf(page)).not.toBe(zoom);
  }
  expect(Math.abs((await zoomOf(page)) - target) / target).toBeLessThan(0.01);
}

test("zoomed far out, cards become plain tinted boxes; zoomed back in, their texts return", async ({
  page,
}) => {
  await openNewFlow(page, "Zoom");
  const card = canvasNode(page, "start").getByTestId("node-card");
  // The header is hidden by the canvas's far style, the port label by the card itself: both
  // must switch at the same zoom.
  const title = card.locator("header").getByText("Start", { exact: true });
  const port = card.getByText("Next", { exact: true });
  const background = () => card.evaluate((element) => getComputedStyle(element).backgroundColor);

  await zoomTo(page, 0.6);
  await expect(title).toBeVisible();
  await expect(port).toBeVisible();
  const near = await background();

  // Small but readable: still the whole card, not an empty card with only its header.
  await zoomTo(page, 0.45);
  await expect(title).toBeVisible();
  await expect(port).toBeVisible();

  await zoomTo(page, 0.35);
  await expect(card).toBeVisible();
  await expect(title).toBeHidden();
  await expect(port).toBeHidden();
  expect(await background()).not.toBe(near);
  await page.screenshot({ path: "/tmp/editor-zoomed-out.png" });

  await zoomTo(page, 0.6);
  await expect(title).toBeVisible();
  await expect(port).toBeVisible();
  expect(await background()).toBe(near);
});
