import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { z } from "zod";
import { newAccount } from "./support/accounts";
import {
  canvas,
  canvasNode,
  canvasNodes,
  expectSaved,
  openNewFlow,
  storedFlow,
} from "./support/editor";
import { leadCaptureFlow } from "./support/simulator-flows";

test("two tabs editing the same flow reach the conflict dialog: reload or overwrite", async ({
  page,
  context,
}) => {
  const { slug, flowId } = await openNewFlow(page);
  const other = await context.newPage();
  await other.setViewportSize({ width: 1440, height: 900 });
  await other.goto(page.url());
  await expect(canvasNode(other, "start")).toBeVisible();

  // This tab saves first; the other one still edits revision 1.
  await page.getByTestId("palette-item-message").click();
  await expectSaved(page);
  await other.getByTestId("palette-item-end").click();
  const dialog = other.getByRole("alertdialog", { name: "This flow changed somewhere else" });
  await expect(dialog).toBeVisible();
  await expect(other.getByTestId("save-status")).toHaveAttribute("data-status", "conflict");
  await other.screenshot({ path: "/tmp/editor-conflict.png" });

  // Reload: the other tab takes this tab's version.
  await dialog.getByRole("button", { name: "Reload their version" }).click();
  await expect(dialog).toBeHidden();
  await expect(canvas(other).locator(".react-flow__node-message")).toHaveCount(1);
  await expect(canvas(other).locator(".react-flow__node-end")).toHaveCount(0);

  // Now the other tab saves and this one is stale: overwrite keeps this tab's document.
  await other.getByTestId("palette-item-delay").click();
  await expectSaved(other);
  await page.getByTestId("palette-item-end").click();
  const mine = page.getByRole("alertdialog", { name: "This flow changed somewhere else" });
  await mine.getByRole("button", { name: "Overwrite with mine" }).click();
  await expect(mine).toBeHidden();
  await expectSaved(page);
  const stored = await storedFlow(page, slug, flowId);
  expect(stored.document.nodes.map((n) => n.type)).toEqual(["start", "message", "end"]);
});

test("export then import gives an equal flow; a broken file is refused", async ({
  page,
}, testInfo) => {
  const { slug, flowId } = await openNewFlow(page, "Lead capture");
  const put = await page.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { document: leadCaptureFlow(), revision: 1 },
  });
  expect(put.ok()).toBe(true);
  await page.reload();
  await expect(canvasNodes(page)).toHaveCount(6);

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export flow file" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("lead-capture.sohbet.json");
  const file = testInfo.outputPath("lead-capture.sohbet.json");
  await download.saveAs(file);
  const exported: unknown = JSON.parse(await readFile(file, "utf8"));
  expect(exported).toEqual((await storedFlow(page, slug, flowId)).document);

  // Into a new, empty flow of the same workspace.
  const created = await page.request.post(`/api/w/${slug}/flows`, { data: { name: "Copy" } });
  const { id: copyId } = z.object({ id: z.string() }).parse(await created.json());
  await page.goto(`/w/${slug}/flows/${copyId}`);
  await expect(canvasNodes(page)).toHaveCount(1);
  await page.getByTestId("import-flow-input").setInputFiles(file);
  await expect(canvasNodes(page)).toHaveCount(6);
  await expectSaved(page);
  expect((await storedFlow(page, slug, copyId)).document).toEqual(exported);

  // A file with a bad field names it and changes nothing.
  await page.getByTestId("import-flow-input").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ version: 1, nodes: [{ id: "x", type: "rocket" }] })),
  });
  await expect(page.getByText("This file isn't a flow Sohbet can open")).toBeVisible();
  await expect(page.getByText(/^nodes\.0\.type:/)).toBeVisible();
  await expect(canvasNodes(page)).toHaveCount(6);

  // Importing a flow with problems opens the Problems tab.
  const unfinished = { ...leadCaptureFlow(), edges: [] };
  await page.getByTestId("import-flow-input").setInputFiles({
    name: "unfinished.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(unfinished)),
  });
  await expect(page.getByText(/Flow imported with \d+ problems/)).toBeVisible();
  await expect(page.getByRole("tab", { name: /Problems/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByTestId("problems-list")).toContainText("is not connected to anything");
});

test("a viewer sees the flow but cannot change anything", async ({ page, browser, baseURL }) => {
  const { slug, flowId } = await openNewFlow(page, "Read me");
  await page.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { document: leadCaptureFlow(), revision: 1 },
  });
  const flowUrl = `/w/${slug}/flows/${flowId}`;
  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Role for the new member").selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  const viewerContext = await browser.newContext({ baseURL });
  const viewer = await viewerContext.newPage();
  await viewer.setViewportSize({ width: 1440, height: 900 });
  await viewer.goto(link);
  await viewer.getByRole("link", { name: "Create an account to join" }).click();
  const account = newAccount("Viewer");
  await viewer.getByLabel("Your name").fill(account.name);
  await viewer.getByLabel("E-mail").fill(account.email);
  await viewer.getByLabel("Password").fill(account.password);
  await viewer.getByLabel("Shop or team name").fill(account.workspace);
  await viewer.getByRole("button", { name: "Create account" }).click();
  await viewer.getByRole("button", { name: "Join workspace" }).click();
  await expect(viewer.getByTestId("current-workspace")).toBeVisible();

  await viewer.goto(flowUrl);
  await expect(viewer.getByText("View only")).toBeVisible();
  await expect(canvasNodes(viewer)).toHaveCount(6);
  await expect(viewer.getByTestId("node-palette")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Undo" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Import flow file" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Export flow file" })).toBeVisible();
  await viewer.screenshot({ path: "/tmp/editor-viewer.png" });

  // Dragging, deleting and pasting change nothing.
  const node = canvasNode(viewer, "offer");
  const before = await node.boundingBox();
  if (before === null) throw new Error("node not visible");
  await viewer.mouse.move(before.x + 30, before.y + 12);
  await viewer.mouse.down();
  await viewer.mouse.move(before.x + 230, before.y + 212, { steps: 10 });
  await viewer.mouse.up();
  await node.click();
  // The inspector shows the step's settings, disabled.
  const inspector = viewer.getByRole("complementary", { name: "Flow details" });
  await expect(inspector.getByLabel("Message text")).toHaveValue(/10% off/);
  await expect(inspector.getByLabel("Message text")).toBeDisabled();
  await viewer.keyboard.press("Delete");
  await viewer.keyboard.press("Control+d");
  await expect(canvasNodes(viewer)).toHaveCount(6);
  await expect(canvas(viewer).locator(".react-flow__node.draggable")).toHaveCount(0);
  // No connection line follows the pointer from a port.
  const port = await canvasNode(viewer, "thanks")
    .locator('.react-flow__handle.source[data-handleid="next"]')
    .boundingBox();
  if (port === null) throw new Error("port not visible");
  await viewer.mouse.move(port.x + port.width / 2, port.y + port.height / 2);
  await viewer.mouse.down();
  await viewer.mouse.move(port.x + 200, port.y + 100, { steps: 10 });
  await expect(canvas(viewer).locator(".react-flow__connectionline")).toHaveCount(0);
  await viewer.mouse.up();
  const stored = await storedFlow(page, slug, flowId);
  expect(stored.revision).toBe(2);
  expect(stored.document.nodes.map((n) => [n.id, n.position])).toEqual(
    leadCaptureFlow().nodes.map((n) => [n.id, n.position]),
  );

  // And the server refuses a save from a viewer, whatever the browser sends.
  const response = await viewer.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { document: leadCaptureFlow(), revision: 2 },
  });
  expect(response.status()).toBe(403);
  await viewerContext.close();
});
