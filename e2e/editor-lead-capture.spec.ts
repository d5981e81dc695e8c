import { expect, test, type Page } from "@playwright/test";
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

function sidebar(page: Page) {
  return page.getByRole("complementary", { name: "Flow details" });
}

test("a marketer builds a lead-capture flow from scratch with the palette, ports and inspector", async ({
  page,
}) => {
  const { slug, flowId } = await openNewFlow(page, "Welcome discount");
  const inspector = sidebar(page);

  // Reply buttons: the offer with two buttons.
  const offer = await dragFromPalette(page, "buttons", 150, 130);
  await inspector.getByLabel("Message text").fill("Hi! Would you like 10% off your first order?");
  await inspector.getByLabel("Button title").nth(0).fill("Yes please");
  await inspector.getByLabel("Button title").nth(1).fill("No thanks");

  // The e-mail question, saved in {{email}}.
  const ask = await dragFromPalette(page, "question", 470, 130);
  await inspector.getByLabel("Question").fill("Great! What is your e-mail address?");
  await inspector.getByLabel("Save the answer in").fill("email");
  await inspector.getByLabel("Expected answer").selectOption({ label: "E-mail" });

  // The confirmation uses the answer.
  const thanks = await dragFromPalette(page, "message", 150, 660);
  await inspector.getByLabel("Text").fill("Thanks! Your code is on its way to {{email}}.");
  const end = await dragFromPalette(page, "end", 600, 660);

  await connectPort(page, "start", "next", offer);
  await connectPort(page, offer, "btn_1", ask);
  await connectPort(page, offer, "btn_2", end);
  await connectPort(page, ask, "next", thanks);
  await connectPort(page, thanks, "next", end);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(5);
  await expectSaved(page);

  // The cards show what was typed; the flow has no errors left.
  await expect(canvasNode(page, offer)).toContainText("Yes please");
  await expect(canvasNode(page, offer)).toContainText("No thanks");
  await expect(canvasNode(page, thanks)).toContainText("email");
  await page.getByRole("tab", { name: /Problems/ }).click();
  await expect(canvas(page).getByTestId("node-problem-badge")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/editor-lead-capture.png" });

  const expectedDocument = async () => {
    const { document } = await storedFlow(page, slug, flowId);
    expect(document.nodes.map((n) => n.type)).toEqual([
      "start",
      "buttons",
      "question",
      "message",
      "end",
    ]);
    expect(document.nodes[1]).toMatchObject({
      data: {
        body: "Hi! Would you like 10% off your first order?",
        buttons: [
          { id: "btn_1", title: "Yes please" },
          { id: "btn_2", title: "No thanks" },
        ],
      },
    });
    expect(document.nodes[2]).toMatchObject({
      data: {
        prompt: "Great! What is your e-mail address?",
        variable: "email",
        answer: { type: "email" },
      },
    });
    expect(document.nodes[3]).toMatchObject({
      data: { text: "Thanks! Your code is on its way to {{email}}." },
    });
    expect(document.edges.map((e) => [e.source, e.sourceHandle, e.target]).sort()).toEqual(
      [
        ["start", "next", offer],
        [offer, "btn_1", ask],
        [offer, "btn_2", end],
        [ask, "next", thanks],
        [thanks, "next", end],
      ].sort(),
    );
    return document;
  };
  const before = await expectedDocument();

  // Reload: everything persisted, on the canvas and on the server.
  await page.reload();
  await expect(canvasNodes(page)).toHaveCount(5);
  await expect(canvas(page).locator(".react-flow__edge")).toHaveCount(5);
  await expect(canvasNode(page, offer)).toContainText("Yes please");
  expect(await expectedDocument()).toEqual(before);

  // A fourth button breaks WhatsApp's limit: the card and the Problems panel say so.
  await canvasNode(page, offer).click();
  await inspector.getByRole("button", { name: "Add button" }).click();
  await inspector.getByRole("button", { name: "Add button" }).click();
  await expect(inspector.getByLabel("Button title")).toHaveCount(4);
  await expect(canvasNode(page, offer).getByTestId("node-problem-badge")).toBeVisible();
  await page.getByRole("tab", { name: /Problems/ }).click();
  const limit = inspector.getByText("WhatsApp allows at most 3 reply buttons", { exact: false });
  await expect(limit).toBeVisible();
  await page.screenshot({ path: "/tmp/editor-limit-problem.png" });

  // Clicking the problem selects the node and opens its settings.
  await limit.click();
  await expect(canvasNode(page, offer)).toHaveClass(/selected/);
  await expect(inspector.getByLabel("Button title")).toHaveCount(4);
});
