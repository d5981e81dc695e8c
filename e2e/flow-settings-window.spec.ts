import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import {
  canvasNode,
  dragFromPalette,
  expectSaved,
  openNewFlow,
  storedFlow,
} from "./support/editor";

const settingsSchema = z.object({
  settings: z.object({ windowClosedTemplateNodeId: z.string() }).passthrough(),
});

function fallbackSelect(page: Page) {
  return page.getByLabel("When the 24-hour window has closed");
}

async function openSettings(page: Page) {
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(page.getByTestId("flow-settings-panel")).toBeVisible();
}

test("a marketer picks the template to send when the 24-hour window has closed, and it is kept", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page, "Cart reminder");
  const template = await dragFromPalette(page, "template", 420, 160);
  await canvasNode(page, template).getByTestId("node-card").locator("header").click();
  await page.getByTestId("node-inspector").getByLabel("Template name").fill("still_there");

  await openSettings(page);
  await expect(fallbackSelect(page)).toHaveValue("");
  await expect(fallbackSelect(page).locator("option")).toHaveText([
    "Send nothing (record the failure)",
    `still_there (${template})`,
  ]);
  await fallbackSelect(page).selectOption({ label: `still_there (${template})` });
  await expect(fallbackSelect(page)).toHaveValue(template);

  // One undo step, like any other change.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(fallbackSelect(page)).toHaveValue("");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(fallbackSelect(page)).toHaveValue(template);

  await expectSaved(page);
  const stored = settingsSchema.parse((await storedFlow(page, slug, flowId)).document);
  expect(stored.settings.windowClosedTemplateNodeId).toBe(template);

  await page.reload();
  await expect(canvasNode(page, template)).toBeVisible();
  await openSettings(page);
  await expect(fallbackSelect(page)).toHaveValue(template);
});
