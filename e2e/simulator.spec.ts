import { expect, test, type Locator, type Page } from "@playwright/test";
import { canvas, canvasNode, openNewFlow, putDraft } from "./support/editor";
import { startLocalServer } from "./support/local-server";
import { allowPrivateHttp } from "./support/private-http";
import { startShopServer } from "./support/shop-server";
import { openSimulatorPane, say } from "./support/simulator";
import {
  everyMessageFlow,
  followUpFlow,
  leadCaptureFlow,
  orderLookupFlow,
  shopListFlow,
} from "./support/simulator-flows";

/** Opens a new flow with `document` as its draft, then the simulator beside the canvas. */
async function openSimulator(page: Page, document: unknown) {
  const { slug, flowId } = await openNewFlow(page, "Simulator test");
  await putDraft(page, slug, flowId, document);
  await page.reload();
  const pane = await openSimulatorPane(page);
  return { slug, flowId, pane };
}

function bot(pane: Locator): Locator {
  return pane.getByTestId("business-message");
}

/** The canvas marks: the waiting node has a solid green ring, taken edges a thick stroke. */
async function expectWaitingAt(page: Page, nodeId: string) {
  await expect(canvasNode(page, nodeId)).toHaveCSS("outline-width", "3px");
}
async function expectEdgeTaken(page: Page, edgeId: string) {
  await expect(
    canvas(page).locator(`.react-flow__edge[data-id="${edgeId}"] .react-flow__edge-path`),
  ).toHaveCSS("stroke-width", "3px");
}

test("plays the lead capture while the canvas follows, keeps it over a reload, restarts", async ({
  page,
}) => {
  const { pane } = await openSimulator(page, leadCaptureFlow());
  await expect(pane).toContainText("Send a message");

  await say(pane, "Hi");
  await expect(bot(pane).last()).toContainText("Would you like 10% off your first order?");
  await expect(bot(pane).last().locator("strong")).toHaveText("10% off");
  await expectWaitingAt(page, "offer");
  await expectEdgeTaken(page, "e1");
  await page.screenshot({ path: "/tmp/simulator-editor-buttons.png" });

  await pane.getByTestId("reply-buttons").getByRole("button", { name: "Yes please" }).click();
  await expect(bot(pane).last()).toContainText("What is your e-mail address?");
  await expectWaitingAt(page, "ask-email");
  await expectEdgeTaken(page, "e2");
  await expect(canvasNode(page, "offer")).toHaveCSS("outline-width", "2px");

  await say(pane, "not an e-mail");
  await expect(bot(pane).last()).toContainText("Please send a valid e-mail address.");
  await expectWaitingAt(page, "ask-email");

  await say(pane, "ayse@example.com");
  await expect(bot(pane).last()).toContainText(
    "Thanks! Your code is on its way to ayse@example.com.",
  );
  await expectEdgeTaken(page, "e4");
  await expect(canvasNode(page, "thanks")).toHaveCSS("outline-width", "2px");
  await expect(pane.getByTestId("system-notice").last()).toContainText("Conversation ended");

  // The trace says why the first answer was refused.
  await pane.getByRole("button", { name: "Variables and trace" }).click();
  await expect(pane).toContainText("Answer rejected at");
  await page.screenshot({ path: "/tmp/simulator-editor-lead-capture.png" });

  // A reload keeps the chat.
  await page.reload();
  const reloaded = await openSimulatorPane(page);
  await expect(bot(reloaded)).toHaveCount(4);

  // Restart clears the session, the chat and the canvas marks.
  await reloaded.getByRole("button", { name: "Restart" }).click();
  await expect(bot(reloaded)).toHaveCount(0);
  await expect(reloaded).toContainText("Send a message");
  await expect(page.getByTestId("simulator-canvas-highlight")).toHaveCount(0);

  // Start from the selected node: the step after the buttons.
  await canvasNode(page, "ask-email").click();
  await reloaded.getByRole("button", { name: "Start from the selected step" }).click();
  await expect(bot(reloaded)).toHaveCount(1);
  await expect(bot(reloaded).last()).toContainText("What is your e-mail address?");
  await expectWaitingAt(page, "ask-email");
});

test("picks a row of a list message", async ({ page }) => {
  const { pane } = await openSimulator(page, shopListFlow());
  await say(pane, "Where are you?");
  await expect(bot(pane).last()).toContainText("Which shop is closest to you?");
  await pane.getByRole("button", { name: "Choose a shop" }).click();
  const sheet = page.getByTestId("list-sheet");
  await expect(sheet).toBeVisible();
  await page.screenshot({ path: "/tmp/simulator-editor-list-sheet.png" });
  await sheet.getByTestId("list-row").filter({ hasText: "Jordaan" }).click();
  await sheet.getByRole("button", { name: "Send" }).click();
  await expect(bot(pane).last()).toContainText("Jordaan: open 09:00–18:00. Tot ziens!");
  await expectEdgeTaken(page, "e4");
});

test("skips a delay, then 25 hours later only the template gets through", async ({ page }) => {
  const { pane } = await openSimulator(page, followUpFlow());
  await say(pane, "I ordered");
  await expect(bot(pane).last()).toContainText("Your order is being packed.");
  await expectWaitingAt(page, "wait-ship");

  await pane.getByRole("button", { name: "Skip the delay" }).click();
  await expect(
    pane.getByTestId("system-notice").filter({ hasText: "Delay skipped" }),
  ).toBeVisible();
  await expect(bot(pane).last()).toContainText("Your order has shipped.");
  await expectWaitingAt(page, "wait-review");

  await pane.getByRole("button", { name: "Move the clock forward" }).click();
  await page.getByRole("menuitem", { name: "25 hours later (past the 24-hour window)" }).click();
  const closed = pane.locator('[data-notice="window_closed"]');
  await expect(closed).toContainText("a template is needed");
  // The review question (due at 26 h) is refused; the template still goes out.
  await expect(pane.getByTestId("refused-notice")).toContainText(
    "outside the 24-hour window, only a template can be sent now",
  );
  await expect(bot(pane).last()).toContainText("delivery_feedback");
  await page.screenshot({ path: "/tmp/simulator-editor-window.png" });
});

test("an HTTP request node calls a real endpoint", async ({ page }) => {
  const shop = await startShopServer();
  try {
    const { slug, pane } = await openSimulator(page, orderLookupFlow(shop.url));
    await allowPrivateHttp(page, slug);
    await say(pane, "Where is my order?");
    await expect(bot(pane).last()).toContainText("Order #1042 is on its way.");
    expect(shop.requests).toEqual(["GET /orders/1042"]);
    await pane.getByRole("button", { name: "Variables and trace" }).click();
    await expect(pane).toContainText(`GET ${shop.url}/orders/1042`);
  } finally {
    await shop.close();
  }
});

test("a flow with errors does not run: the pane leads to the problems", async ({ page }) => {
  const broken = leadCaptureFlow();
  broken.edges = broken.edges.filter((e) => e.id !== "e2");
  const { pane } = await openSimulator(page, broken);
  const banner = pane.getByTestId("validation-banner");
  await expect(banner).toContainText("This flow has 1 error");
  await pane.getByRole("textbox", { name: "Message" }).fill("Hi");
  await expect(pane.getByRole("button", { name: "Send" })).toBeDisabled();
  await banner.getByRole("button", { name: "Show problems" }).click();
  await expect(page.getByRole("tab", { name: /Problems/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(page.getByTestId("problems-list")).toContainText("not connected");
});

test("a failed request shows in the chat, never a blank pane", async ({ page }) => {
  const { pane } = await openSimulator(page, leadCaptureFlow());
  await page.route("**/simulator", (route) =>
    route.request().method() === "POST"
      ? route.fulfill({
          status: 409,
          contentType: "application/json",
          body: JSON.stringify({
            error: { code: "simulator_busy", message: "The simulator was busy. Try again." },
          }),
        })
      : route.continue(),
  );
  await say(pane, "Hi");
  await expect(pane.locator('[data-notice="runtime_error"]')).toContainText(
    "The bot failed: The simulator was busy. Try again.",
  );
  await page.unroute("**/simulator");
  await say(pane, "Hi");
  await expect(bot(pane).last()).toContainText("Would you like 10% off your first order?");
  await expect(pane.locator('[data-notice="runtime_error"]')).toHaveCount(0);
});

/** A 640×400 PNG drawn by the browser itself: a bouquet on a gradient, like a customer's photo. */
async function bouquetPng(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 400;
    const g = canvas.getContext("2d");
    if (!g) throw new Error("no 2d context");
    const sky = g.createLinearGradient(0, 0, 0, 400);
    sky.addColorStop(0, "#bfe3ff");
    sky.addColorStop(1, "#fff4d6");
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 400);
    g.fillStyle = "#7cc47f";
    g.fillRect(0, 300, 640, 100);
    g.fillStyle = "#e5484d";
    for (const { x, y, r } of [
      { x: 250, y: 170, r: 38 },
      { x: 320, y: 140, r: 42 },
      { x: 390, y: 170, r: 38 },
    ]) {
      g.beginPath();
      g.arc(x, y, r, 0, Math.PI * 2);
      g.fill();
    }
    return canvas.toDataURL("image/png");
  });
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
}

async function naturalWidth(photo: Locator): Promise<number> {
  return photo.evaluate((img: HTMLImageElement) => img.naturalWidth);
}

test("a photo the customer sent keeps its preview over a reload", async ({ page }) => {
  const { pane } = await openSimulator(page, leadCaptureFlow());
  const png = await bouquetPng(page);
  await pane.getByRole("button", { name: "Attach or start" }).click();
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("menuitem", { name: "Photo" }).click();
  await (await chooser).setFiles({ name: "bouquet.png", mimeType: "image/png", buffer: png });
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Caption (optional)").fill("This one for my mother");
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(bot(pane).last()).toContainText("Would you like 10% off your first order?");
  const sent = pane.getByRole("img", { name: "This one for my mother" });
  await expect(sent).toBeVisible();
  await expect.poll(() => naturalWidth(sent)).toBe(640);
  // The thumbnail is drawn after sending: wait until this browser has kept it.
  await expect
    .poll(() => page.evaluate(() => window.localStorage.getItem("sohbet.simulator.photos")))
    .toContain("data:image/jpeg");

  await page.reload();
  const reloaded = await openSimulatorPane(page);
  const kept = reloaded.getByRole("img", { name: "This one for my mother" });
  await expect(kept).toBeVisible();
  await expect(kept).toHaveAttribute("src", /^data:image\/jpeg;base64,/);
  await expect(kept).toHaveAttribute("alt", "This one for my mother");
  await expect.poll(() => naturalWidth(kept)).toBe(320);
  await reloaded.screenshot({ path: "/tmp/simulator-photo-after-reload.png" });

  // In a browser that did not send it (nothing kept), a neutral card stands in for the photo.
  await page.evaluate(() => window.localStorage.removeItem("sohbet.simulator.photos"));
  await page.reload();
  const elsewhere = await openSimulatorPane(page);
  await expect(elsewhere.getByTestId("photo-placeholder")).toContainText(
    "PhotoNo preview in this browser",
  );
  await expect(elsewhere.getByTestId("customer-message").locator("img")).toHaveCount(0);
  await elsewhere.screenshot({ path: "/tmp/simulator-photo-placeholder.png" });
});

const PHOTO = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfe3ff"/><stop offset="1" stop-color="#fff4d6"/></linearGradient></defs>
<rect width="640" height="400" fill="url(#g)"/><rect y="300" width="640" height="100" fill="#7cc47f"/>
<g fill="#e5484d"><circle cx="250" cy="170" r="38"/><circle cx="320" cy="140" r="42"/><circle cx="390" cy="170" r="38"/></g>
<g stroke="#2f7d32" stroke-width="10"><line x1="250" y1="205" x2="300" y2="320"/><line x1="320" y1="180" x2="320" y2="320"/><line x1="390" y1="205" x2="340" y2="320"/></g>
</svg>`;

test("shows every kind of message as WhatsApp does", async ({ page }) => {
  const media = await startLocalServer((req, res) => {
    if (req.url === "/photo.svg") {
      res.writeHead(200, { "content-type": "image/svg+xml" });
      res.end(PHOTO);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  try {
    const { pane } = await openSimulator(page, everyMessageFlow(media.url));
    await page.setViewportSize({ width: 1440, height: 2200 });
    await say(pane, "Hi!");
    await expect(bot(pane)).toHaveCount(8);
    const text = bot(pane).nth(0);
    await expect(text.locator("strong")).toHaveText("Welcome");
    await expect(text.locator("em")).toHaveText("Tulp & Co");
    await expect(text.locator("s")).toHaveText("Was €40");
    await expect(text.locator(".font-mono")).toHaveText("TULP10");
    await expect(text.getByRole("link", { name: "https://tulp.example/sale" })).toHaveAttribute(
      "href",
      "https://tulp.example/sale",
    );
    await expect(bot(pane).nth(1).getByRole("img")).toBeVisible();
    await expect(bot(pane).nth(1)).toContainText("Our spring bouquet 🌷");
    await expect(bot(pane).nth(2)).toContainText("Spring catalogue.pdf");
    await expect(bot(pane).nth(3)).toContainText("A look inside the shop");
    await expect(bot(pane).nth(5)).toContainText("Everything in the shop is 25% off until Sunday.");
    await expect(bot(pane).nth(5).getByRole("link", { name: "Open the shop" })).toBeVisible();
    await expect(bot(pane).nth(6)).toContainText("Hi Ayşe, your order #1042 has shipped.");
    await expect(bot(pane).nth(6)).toContainText("Open link");
    await expect(bot(pane).nth(7)).toContainText("Where should we deliver?");
    await expectWaitingAt(page, "where");
    await pane.screenshot({ path: "/tmp/simulator-every-message-1.png" });

    await pane.getByRole("button", { name: "Send location" }).click();
    await page.getByRole("button", { name: /Taksim Meydanı/ }).click();
    await expect(pane.getByTestId("customer-message").last()).toContainText("Taksim Meydanı");
    await expect(bot(pane).last()).toContainText("These shops deliver to you.");
    await expectWaitingAt(page, "shops");
    await pane.getByRole("button", { name: "Choose a shop" }).click();
    await page.getByTestId("list-row").filter({ hasText: "Kadıköy" }).click();
    await page.getByTestId("list-sheet").getByRole("button", { name: "Send" }).click();
    await expect(bot(pane).last()).toContainText("See you soon!");
    await pane.screenshot({ path: "/tmp/simulator-every-message-2.png" });
  } finally {
    await media.close();
  }
});
