import { expect, test, type Page } from "@playwright/test";
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
