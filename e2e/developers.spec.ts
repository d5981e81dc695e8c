import { expect, test } from "@playwright/test";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";

test("an owner creates an API key, the shop uses it, and a revoked key stops working", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signUpToFlows(page, newAccount("Owner"));
  const slug = slugOf(page);
  await page.getByRole("link", { name: "Developers" }).click();
  await expect(page.getByRole("heading", { name: "Developers" })).toBeVisible();
  await expect(page.getByText("No API keys yet.")).toBeVisible();

  await page.getByRole("button", { name: "New API key" }).click();
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(
    page.getByText("Give the key a name, e.g. the system that will use it."),
  ).toBeVisible();
  await page.getByLabel("Key name").fill("Shop sync");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByTestId("api-key-secret").inputValue();
  expect(key).toMatch(/^sbt_/);
  await page.getByRole("button", { name: "I've copied it" }).click();
  await expect(page.getByTestId("api-key-row")).toContainText("Shop sync");

  const shop = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${key}` },
  });
  const created = await shop.post("/api/v1/flows", { data: { name: "From the shop" } });
  expect(created.status()).toBe(201);
  const invalid = await shop.post("/api/v1/flows", { data: { name: "" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error.issues[0].path).toBe("name");
  await page.goto(`/w/${slug}/flows`);
  await expect(page.getByTestId("flow-row").filter({ hasText: "From the shop" })).toBeVisible();

  await page.goto(`/w/${slug}/developers`);
  await expect(page.getByTestId("api-key-row")).toContainText("last used");
  await page.getByRole("button", { name: "Revoke Shop sync" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("API key revoked.")).toBeVisible();
  expect((await shop.get("/api/v1/flows")).status()).toBe(401);
  await shop.dispose();
});

test("the API reference lists the endpoints and the OpenAPI document is served", async ({
  page,
  request,
}) => {
  await signUpToFlows(page, newAccount());
  await page.getByRole("link", { name: "Developers" }).click();
  const create = page
    .getByTestId("api-operation")
    .filter({ hasText: "Create a flow" })
    .filter({ hasText: "POST" });
  await create.locator("summary").click();
  await expect(create.getByText("Request body")).toBeVisible();
  await expect(create.getByText("curl -X POST")).toBeVisible();
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      "/api/v1/flows/{flowId}",
      "/api/v1/flows/{flowId}/publish",
      "/api/v1/flows/{flowId}/start",
      "/api/v1/channels",
      "/api/v1/conversations/{conversationId}/messages",
    ]),
  );
});
