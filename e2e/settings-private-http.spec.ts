import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";
import { openNewFlow, putDraft } from "./support/editor";
import { startShopServer } from "./support/shop-server";
import { openSimulatorPane, say } from "./support/simulator";
import { orderLookupFlow } from "./support/simulator-flows";

function privateSwitch(page: Page) {
  return page
    .getByTestId("http-settings")
    .getByRole("switch", { name: "Allow private network addresses" });
}

/** Asks where order 1042 is in the simulator beside the flow, and returns the pane. */
async function askInSimulator(page: Page, slug: string, flowId: string) {
  await page.goto(`/w/${slug}/flows/${flowId}`);
  const pane = await openSimulatorPane(page);
  await say(pane, "Where is my order?");
  return pane;
}

test("an owner allows private network addresses; the simulator's HTTP step follows the switch", async ({
  page,
}) => {
  const shop = await startShopServer();
  try {
    const { slug, flowId } = await openNewFlow(page, "Order lookup");
    await putDraft(page, slug, flowId, orderLookupFlow(shop.url));

    await page.goto(`/w/${slug}/settings`);
    const section = page.getByTestId("http-settings");
    await expect(section.getByRole("heading", { name: "HTTP requests" })).toBeVisible();
    await expect(section).toContainText("192.168.x.x");
    await expect(privateSwitch(page)).not.toBeChecked();
    await expect(privateSwitch(page)).toBeEnabled();
    await privateSwitch(page).click();
    await expect(
      page.getByText("HTTP request steps may now call private network addresses."),
    ).toBeVisible();
    await page.reload();
    await expect(privateSwitch(page)).toBeChecked();
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: "/tmp/settings-private-http-light.png" });
    await page.emulateMedia({ colorScheme: "dark" });
    await section.screenshot({ path: "/tmp/settings-private-http-dark.png" });
    await page.emulateMedia({ colorScheme: "light" });

    let pane = await askInSimulator(page, slug, flowId);
    await expect(pane.getByTestId("business-message").last()).toContainText(
      "Order #1042 is on its way.",
    );
    expect(shop.requests).toEqual(["GET /orders/1042"]);

    await page.goto(`/w/${slug}/settings`);
    await privateSwitch(page).click();
    await expect(page.getByText("Private network addresses are refused again.")).toBeVisible();
    await page.reload();
    await expect(privateSwitch(page)).not.toBeChecked();

    pane = await askInSimulator(page, slug, flowId);
    await expect(pane.getByTestId("business-message").last()).toContainText(
      "Sorry, the shop cannot be reached.",
    );
    await pane.getByRole("button", { name: "Variables and trace" }).click();
    await expect(pane).toContainText(
      "Refusing to call a private address (127.0.0.1). Owners can allow private network addresses in Settings → HTTP requests",
    );
    await pane.screenshot({ path: "/tmp/simulator-private-http-refused.png" });
    expect(shop.requests).toHaveLength(1);
  } finally {
    await shop.close();
  }
});

test("only owners change it: an editor sees it read-only, the API refuses them and bad bodies", async ({
  page,
  browser,
  baseURL,
}) => {
  const owner = newAccount("Owner");
  await signUpToFlows(page, owner);
  const slug = slugOf(page);
  const url = `/api/w/${slug}/http-settings`;

  let response = await page.request.put(url, { data: { allowPrivateHttp: "yes" } });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({
    error: {
      code: "invalid",
      issues: [{ path: "allowPrivateHttp", message: "Send allowPrivateHttp as true or false." }],
    },
  });
  response = await page.request.put(url, {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ error: { code: "bad_json" } });
  response = await page.request.put(url, { data: { allowPrivateHttp: true, extra: 1 } });
  expect(response.status()).toBe(400);

  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Role for the new member").selectOption("editor");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  const editorContext = await browser.newContext({ baseURL });
  try {
    const editor = await editorContext.newPage();
    await editor.goto(link);
    await editor.getByRole("link", { name: "Create an account to join" }).click();
    const editorAccount = newAccount("Editor");
    await editor.getByLabel("Your name").fill(editorAccount.name);
    await editor.getByLabel("E-mail").fill(editorAccount.email);
    await editor.getByLabel("Password").fill(editorAccount.password);
    await editor.getByLabel("Shop or team name").fill(editorAccount.workspace);
    await editor.getByRole("button", { name: "Create account" }).click();
    await editor.getByRole("button", { name: "Join workspace" }).click();
    await expect(editor.getByTestId("current-workspace")).toHaveText(owner.workspace);

    await editor.goto(`/w/${slug}/settings`);
    await expect(privateSwitch(editor)).toBeDisabled();
    await expect(privateSwitch(editor)).not.toBeChecked();
    await expect(editor.getByTestId("http-settings-lock")).toHaveText(
      "Only owners of this workspace can change this.",
    );
    await editor
      .getByTestId("http-settings")
      .screenshot({ path: "/tmp/settings-private-http-editor.png" });

    response = await editor.request.put(url, { data: { allowPrivateHttp: true } });
    expect(response.status()).toBe(403);
    response = await editor.request.get(url);
    expect(await response.json()).toEqual({
      allowPrivateHttp: false,
      operatorMode: "workspace",
      privateAllowed: false,
    });
  } finally {
    await editorContext.close();
  }
});
