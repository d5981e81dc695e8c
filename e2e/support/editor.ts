import { expect, type Locator, type Page } from "@playwright/test";
import { z } from "zod";
import { newAccount, signUpToFlows, slugOf, type Account } from "./accounts";

/** Signs up a new marketer, creates a blank flow through the UI and opens it in the editor. */
export async function openNewFlow(page: Page, name = "Lead capture", account?: Account) {
  const who = account ?? newAccount();
  await signUpToFlows(page, who);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole("button", { name: "Create a flow" }).click();
  await page.getByLabel("Flow name").fill(name);
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByTestId("editor-flow-name")).toHaveText(name);
  await expect(canvasNode(page, "start")).toBeVisible();
  const flowId = /\/flows\/([^/?#]+)/.exec(page.url())?.[1] ?? "";
  return { account: who, slug: slugOf(page), flowId };
}

export function canvas(page: Page): Locator {
  return page.getByTestId("flow-canvas");
}

export function canvasNode(page: Page, id: string): Locator {
  return canvas(page).locator(`.react-flow__node[data-id="${id}"]`);
}

export function canvasNodes(page: Page): Locator {
  return canvas(page).locator(".react-flow__node");
}

/** Ids of the canvas nodes of one type, in document order. */
export async function nodeIdsOfType(page: Page, type: string): Promise<string[]> {
  return canvas(page)
    .locator(`.react-flow__node-${type}`)
    .evaluateAll((elements) => elements.map((e) => e.getAttribute("data-id") ?? ""));
}

/** Drags a step from the palette and drops it at (x, y) relative to the canvas. */
export async function dragFromPalette(page: Page, type: string, x: number, y: number) {
  const before = await nodeIdsOfType(page, type);
  await page.getByTestId(`palette-item-${type}`).dragTo(canvas(page), { targetPosition: { x, y } });
  await expect.poll(async () => (await nodeIdsOfType(page, type)).length).toBe(before.length + 1);
  const after = await nodeIdsOfType(page, type);
  const id = after.find((candidate) => !before.includes(candidate));
  if (id === undefined) throw new Error(`no new ${type} node`);
  return id;
}

/** Drags from a node's output port onto another node's card, as a marketer connects steps. */
export async function connectPort(page: Page, fromId: string, port: string, toId: string) {
  const handle = canvasNode(page, fromId).locator(
    `.react-flow__handle.source[data-handleid="${port}"]`,
  );
  const from = await handle.boundingBox();
  const to = await canvasNode(page, toId).boundingBox();
  if (from === null || to === null) throw new Error("port or node not visible");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await page.mouse.up();
}

/** Waits until autosave reports that everything is stored. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

const storedFlowSchema = z.object({
  revision: z.number(),
  document: z
    .object({
      nodes: z.array(
        z
          .object({
            id: z.string(),
            type: z.string(),
            position: z.object({ x: z.number(), y: z.number() }),
          })
          .passthrough(),
      ),
      edges: z.array(
        z
          .object({ source: z.string(), sourceHandle: z.string(), target: z.string() })
          .passthrough(),
      ),
    })
    .passthrough(),
});

/** The stored draft of the flow, as the server has it. */
export async function storedFlow(page: Page, slug: string, flowId: string) {
  const response = await page.request.get(`/api/w/${slug}/flows/${flowId}`);
  expect(response.ok()).toBe(true);
  return storedFlowSchema.parse(await response.json());
}

/** Stores `document` as the draft of a flow just created (still at revision 1), through the API. */
export async function putDraft(page: Page, slug: string, flowId: string, document: unknown) {
  const response = await page.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { document, revision: 1 },
  });
  expect(response.ok()).toBe(true);
}
