import { expect, type Locator, type Page } from "@playwright/test";
import { canvasNode } from "./editor";

/** Opens the simulator beside the canvas of the flow on screen, and answers its pane. */
export async function openSimulatorPane(page: Page): Promise<Locator> {
  await expect(canvasNode(page, "start")).toBeVisible();
  await page.getByTestId("simulator-toggle").click();
  const pane = page.getByTestId("simulator-pane");
  await expect(pane).toBeVisible();
  return pane;
}

/** Types `text` in the pane's composer and sends it, as the customer. */
export async function say(pane: Locator, text: string) {
  await pane.getByRole("textbox", { name: "Message" }).fill(text);
  await pane.getByRole("button", { name: "Send" }).click();
}
