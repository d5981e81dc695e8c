import { expect, test, type Locator, type Page } from "@playwright/test";
import { z } from "zod";
import {
  canvas,
  canvasNode,
  connectPort,
  dragFromPalette,
  expectSaved,
  openNewFlow,
  storedFlow,
} from "./support/editor";

function inspector(page: Page) {
  return page.getByTestId("node-inspector");
}

/** Selects a step on the canvas by clicking its header, as a marketer would. */
async function select(page: Page, nodeId: string) {
  await canvasNode(page, nodeId).getByTestId("node-card").locator("header").click();
  await expect(inspector(page)).toContainText(nodeId);
}

test("a marketer fills a lead-capture flow in the inspector, with a variable from the picker", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page, "Leads");
  const buttons = await dragFromPalette(page, "buttons", 420, 100);
  const question = await dragFromPalette(page, "question", 130, 420);
  const message = await dragFromPalette(page, "message", 520, 330);
  await connectPort(page, "start", "next", buttons);

  await select(page, buttons);
  await inspector(page).getByLabel("Message text").fill("Hi! Shall we keep you posted?");
  const titles = inspector(page).getByLabel("Button title");
  await titles.nth(0).fill("Yes please");
  await titles.nth(1).fill("No thanks");
  // The card shows each button as its own labelled output.
  await expect(canvasNode(page, buttons).getByText("Yes please")).toBeVisible();
  await connectPort(page, buttons, "btn_1", question);

  await select(page, question);
  await inspector(page).getByLabel("Question").fill("What is your e-mail address?");
  await inspector(page).getByLabel("Expected answer").selectOption({ label: "E-mail" });
  await inspector(page).getByLabel("Save the answer in").fill("email");
  await connectPort(page, question, "next", message);

  await select(page, message);
  const text = inspector(page).getByLabel("Text", { exact: true });
  await text.fill("Thanks! We will write to ");
  await inspector(page).getByRole("button", { name: "Insert a variable" }).first().click();
  await page.getByRole("menuitem", { name: "email", exact: true }).click();
  await expect(text).toHaveValue("Thanks! We will write to {{email}}");
  // The caret is back behind the token (a frame after the menu closes): typing goes on after it.
  await expect(text).toBeFocused();
  await page.keyboard.type(".");
  await expect(text).toHaveValue("Thanks! We will write to {{email}}.");
  await expect(canvasNode(page, message).locator('[data-variable="email"]')).toBeVisible();

  await expectSaved(page);
  const stored = (await storedFlow(page, slug, flowId)).document;
  const byId = new Map(stored.nodes.map((n) => [n.id, n]));
  expect(byId.get(buttons)).toMatchObject({
    data: {
      body: "Hi! Shall we keep you posted?",
      buttons: [
        { id: "btn_1", title: "Yes please" },
        { id: "btn_2", title: "No thanks" },
      ],
    },
  });
  expect(byId.get(question)).toMatchObject({
    data: { variable: "email", answer: { type: "email" } },
  });
  expect(byId.get(message)).toMatchObject({
    data: { text: "Thanks! We will write to {{email}}." },
  });
});

test("WhatsApp's limits show as counters, on the card and beside the field", async ({ page }) => {
  await openNewFlow(page, "Limits");
  const buttons = await dragFromPalette(page, "buttons", 560, 200);
  await select(page, buttons);

  const title = inspector(page).getByLabel("Button title").first();
  await title.fill("A title far too long for WhatsApp");
  const field = inspector(page).locator('[data-field="buttons.0.title"]');
  await expect(field.getByTestId("char-counter")).toHaveText("33/20");
  await expect(field.getByRole("alert")).toHaveText(
    "The button title has 33 characters; WhatsApp allows at most 20.",
  );

  await inspector(page).getByRole("button", { name: "Add button" }).click();
  await inspector(page).getByRole("button", { name: "Add button" }).click();
  await expect(
    inspector(page).locator('[data-field="buttons"]').getByRole("alert").first(),
  ).toContainText("WhatsApp allows at most 3 reply buttons");
  await expect(
    canvas(page).locator(`.react-flow__node[data-id="${buttons}"] .react-flow__handle.source`),
  ).toHaveCount(5);
  await expect(canvasNode(page, buttons).getByTestId("node-problem-badge")).toBeVisible();
});

/** Whether the line of edge `edgeId` starts on `handle`, as drawn on screen. */
async function edgeStartsOn(page: Page, edgeId: string, handle: Locator): Promise<boolean> {
  const box = await handle.boundingBox();
  const start = await canvas(page)
    .locator(`[data-testid="rf__edge-${edgeId}"] path.react-flow__edge-path`)
    .evaluate((path) => {
      if (!(path instanceof SVGPathElement)) return null;
      const matrix = path.getScreenCTM();
      if (matrix === null) return null;
      const point = path.getPointAtLength(0).matrixTransform(matrix);
      return { x: point.x, y: point.y };
    });
  if (box === null || start === null) return false;
  const slack = 4;
  return (
    start.x >= box.x - slack &&
    start.x <= box.x + box.width + slack &&
    start.y >= box.y - slack &&
    start.y <= box.y + box.height + slack
  );
}

test("a button's connection follows a new id, and goes (undoably) with the button", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page, "Ports");
  const buttons = await dragFromPalette(page, "buttons", 420, 100);
  const message = await dragFromPalette(page, "message", 520, 420);
  await connectPort(page, "start", "next", buttons);
  await connectPort(page, buttons, "btn_1", message);
  const edges = canvas(page).locator(".react-flow__edge");
  await expect(edges).toHaveCount(2);
  const output = (id: string) =>
    canvasNode(page, buttons).locator(`.react-flow__handle.source[data-handleid="${id}"]`);
  const edgesFromButtons = async () =>
    (await storedFlow(page, slug, flowId)).document.edges
      .filter((edge) => edge.source === buttons)
      .map((edge) => `${edge.sourceHandle}->${edge.target}`);

  // Retype the first button's id, key by key, in its tucked-away Id field.
  await select(page, buttons);
  const first = inspector(page).locator('[data-field="buttons.0"]');
  await first.locator("summary").click();
  const id = first.getByLabel("Id", { exact: true });
  await id.press("ControlOrMeta+a");
  await id.pressSequentially("yes");
  await expect(id).toHaveValue("yes");
  await expect(output("yes")).toHaveCount(1);
  await expect(output("btn_1")).toHaveCount(0);
  // React Flow draws no edge whose output handle is missing: both are still drawn.
  await expect(edges).toHaveCount(2);
  await expectSaved(page);
  expect(await edgesFromButtons()).toEqual([`yes->${message}`]);
  const stored = (await storedFlow(page, slug, flowId)).document;
  const edgeId = z.string().parse(stored.edges.find((edge) => edge.source === buttons)?.id);
  expect(await edgeStartsOn(page, edgeId, output("yes"))).toBe(true);

  // Moved below the other button, the line leaves from the button's new row.
  await first.getByRole("button", { name: "Move down" }).click();
  await expect(canvasNode(page, buttons).locator("[data-port]").first()).toHaveAttribute(
    "data-port",
    "btn_2",
  );
  await expect.poll(() => edgeStartsOn(page, edgeId, output("yes"))).toBe(true);

  // Delete the button: its output and its connection go.
  await inspector(page)
    .locator('[data-field="buttons.1"]')
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(inspector(page).getByLabel("Button title")).toHaveCount(1);
  await expect(output("yes")).toHaveCount(0);
  await expect(edges).toHaveCount(1);
  await expectSaved(page);
  expect(await edgesFromButtons()).toEqual([]);

  await page.getByRole("tab", { name: /Problems/ }).click();
  const problems = page.getByTestId("problems-list");
  await expect(problems).toContainText("is not connected to anything");
  await expect(problems).not.toContainText("no longer has");

  // One undo brings back the button and its connection together.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(output("yes")).toHaveCount(1);
  await expect(edges).toHaveCount(2);
  await expectSaved(page);
  expect(await edgesFromButtons()).toEqual([`yes->${message}`]);
});
