import { expect, test } from "@playwright/test";
import { newAccount, signIn, signUpToFlows, slugOf } from "./support/accounts";

test("a marketer signs up, manages flows, opens the editor and signs out", async ({ page }) => {
  const account = newAccount();
  await signUpToFlows(page, account);
  await expect(page.getByTestId("current-workspace")).toHaveText(account.workspace);
  await expect(page.getByRole("heading", { name: "Draw your first conversation" })).toBeVisible();

  // A second workspace, created from the switcher.
  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("menuitem", { name: "New workspace" }).click();
  await page.getByLabel("Workspace name").fill("Tulp & Co");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByTestId("current-workspace")).toHaveText("Tulp & Co");
  await expect(page).toHaveURL(/\/w\/tulp-co[^/]*\/flows$/);
  const tulp = slugOf(page);

  // Create: straight into the editor with an empty canvas.
  await page.getByRole("button", { name: "Create a flow" }).click();
  await page.getByLabel("Flow name").fill("Welcome discount");
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByTestId("editor-flow-name")).toHaveText("Welcome discount");
  await expect(page.getByTestId("flow-canvas").locator(".react-flow__renderer")).toBeVisible();
  await page.getByRole("link", { name: "Back to flows" }).click();

  const row = page.getByTestId("flow-row").filter({ hasText: "Welcome discount" });
  await expect(row).toContainText("Draft");
  await expect(row).toContainText(`by ${account.name}`);

  // Rename.
  await row.getByRole("button", { name: "Actions for Welcome discount" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByLabel("Flow name").fill("Hoş geldin indirimi");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Flow renamed.")).toBeVisible();
  const renamed = page.getByTestId("flow-row").filter({ hasText: "Hoş geldin indirimi" });
  await expect(renamed).toBeVisible();

  // Duplicate.
  await renamed.getByRole("button", { name: "Actions for Hoş geldin indirimi" }).click();
  await page.getByRole("menuitem", { name: "Duplicate" }).click();
  await expect(page.getByTestId("flow-row")).toHaveCount(2);
  await expect(
    page.getByTestId("flow-row").filter({ hasText: "Hoş geldin indirimi (copy)" }),
  ).toBeVisible();

  // Search.
  await page.getByLabel("Search flows").fill("copy");
  await expect(page.getByTestId("flow-row")).toHaveCount(1);
  await page.getByLabel("Search flows").fill("nothing like this");
  await expect(page.getByText("No flow matches “nothing like this”.")).toBeVisible();
  await page.getByLabel("Search flows").fill("");
  await expect(page.getByTestId("flow-row")).toHaveCount(2);

  // Delete, after confirming.
  const copy = page.getByTestId("flow-row").filter({ hasText: "(copy)" });
  await copy.getByRole("button", { name: /Actions for/ }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("cannot be undone");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("flow-row")).toHaveCount(1);

  // The first workspace is still there, and still empty.
  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("menuitem", { name: new RegExp(account.workspace) }).click();
  await expect(page.getByTestId("current-workspace")).toHaveText(account.workspace);
  await expect(page.getByRole("heading", { name: "Draw your first conversation" })).toBeVisible();

  // Sign out: protected pages send us back to sign in.
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(`/w/${tulp}/flows`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("a wrong password shows an error and keeps the e-mail", async ({ page, browser, baseURL }) => {
  const account = newAccount();
  const setup = await browser.newContext({ baseURL });
  await signUpToFlows(await setup.newPage(), account);
  await setup.close();
  await signIn(page, { email: account.email, password: "definitely-wrong" });
  await expect(
    page.getByText("That e-mail and password don't match. Check them and try again."),
  ).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/flows$/);
});

test("bad sign-up input is explained next to each field", async ({ page, browser, baseURL }) => {
  const taken = newAccount();
  const setup = await browser.newContext({ baseURL });
  await signUpToFlows(await setup.newPage(), taken);
  await setup.close();
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByText("Give your workspace a name.")).toBeVisible();
  await page.getByLabel("Your name").fill("Someone");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Shop or team name").fill("Shop");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address, like name@shop.com.")).toBeVisible();
  await page.getByLabel("E-mail").fill(taken.email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByText("An account with this e-mail already exists. Sign in instead."),
  ).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveValue("Someone");
});

test("flow names are checked: empty and 200 characters are refused inline", async ({ page }) => {
  await signUpToFlows(page, newAccount());
  await page.getByRole("button", { name: "Create a flow" }).click();
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByText("Give your flow a name.")).toBeVisible();
  await page.getByLabel("Flow name").fill("x".repeat(200));
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByText("Use at most 100 characters.")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "Draw your first conversation" })).toBeVisible();
});

test("the Turkish interface renders and is remembered", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Language" }).click();
  await page.getByRole("menuitemradio", { name: "Türkçe" }).click();
  await expect(page.getByRole("heading", { name: "Tekrar hoş geldiniz" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await page.getByRole("link", { name: "Hesap oluşturun" }).click();
  await page.getByLabel("Adınız").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(newAccount("ayse").email);
  await page.getByLabel("Şifre").fill("uzun-bir-sifre");
  await page.getByLabel("Mağaza veya ekip adı").fill("Lale Çiçekçilik");
  await page.getByRole("button", { name: "Hesap oluştur" }).click();
  await expect(page.getByRole("heading", { name: "Akışlar" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "İlk sohbetinizi çizin" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ayarlar" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Akışlar" })).toBeVisible();
});

test("a viewer can look at flows but not rename them", async ({ page, browser, baseURL }) => {
  const owner = newAccount("Owner");
  await signUpToFlows(page, owner);
  const slug = slugOf(page);
  await page.getByRole("button", { name: "Create a flow" }).click();
  await page.getByLabel("Flow name").fill("Order status");
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByTestId("editor-flow-name")).toHaveText("Order status");
  const flowUrl = new URL(page.url()).pathname;

  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Role for the new member").selectOption("viewer");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  expect(new URL(link).origin).toBe(baseURL);
  const viewerContext = await browser.newContext({ baseURL });
  const viewer = await viewerContext.newPage();
  await viewer.goto(link);
  await expect(
    viewer.getByRole("heading", { name: `Join ${owner.workspace} on Sohbet` }),
  ).toBeVisible();
  await viewer.getByRole("link", { name: "Create an account to join" }).click();
  const viewerAccount = newAccount("Viewer");
  await viewer.getByLabel("Your name").fill(viewerAccount.name);
  await viewer.getByLabel("E-mail").fill(viewerAccount.email);
  await viewer.getByLabel("Password").fill(viewerAccount.password);
  await viewer.getByLabel("Shop or team name").fill(viewerAccount.workspace);
  await viewer.getByRole("button", { name: "Create account" }).click();
  await viewer.getByRole("button", { name: "Join workspace" }).click();
  await expect(viewer.getByTestId("current-workspace")).toHaveText(owner.workspace);

  const row = viewer.getByTestId("flow-row").filter({ hasText: "Order status" });
  await expect(row).toBeVisible();
  await expect(viewer.getByRole("button", { name: "New flow" })).toHaveCount(0);
  await row.getByRole("button", { name: "Actions for Order status" }).click();
  await expect(viewer.getByRole("menuitem", { name: "Open" })).toBeVisible();
  await expect(viewer.getByRole("menuitem", { name: "Rename" })).toHaveCount(0);
  await viewer.keyboard.press("Escape");

  // The server refuses too, whatever the browser sends.
  const flowId = flowUrl.split("/").pop();
  const response = await viewer.request.patch(`/api/w/${slug}/flows/${flowId}`, {
    data: { name: "Hacked" },
  });
  expect(response.status()).toBe(403);
  await viewer.goto(flowUrl);
  await expect(viewer.getByText("View only")).toBeVisible();
  await viewerContext.close();
});

test("another workspace's flow URL shows the not-found page", async ({
  page,
  browser,
  baseURL,
}) => {
  await signUpToFlows(page, newAccount("Alice"));
  await page.getByRole("button", { name: "Create a flow" }).click();
  await page.getByLabel("Flow name").fill("Alice's secret flow");
  await page.getByRole("button", { name: "Create and open" }).click();
  await expect(page.getByTestId("editor-flow-name")).toBeVisible();
  const flowPath = new URL(page.url()).pathname;
  const slug = slugOf(page);

  const other = await browser.newContext({ baseURL });
  const bob = await other.newPage();
  await signUpToFlows(bob, newAccount("Bob"));
  const response = await bob.goto(flowPath);
  expect(response?.status()).toBe(404);
  await expect(bob.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(bob.getByText("Alice's secret flow")).toHaveCount(0);
  const api = await bob.request.get(`/api/w/${slug}/flows`);
  expect(api.status()).toBe(404);
  await other.close();
});
