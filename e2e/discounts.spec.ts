import { expect, test } from "@playwright/test";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";

test("a marketer fills a discount code pool, tops it up, renames and deletes it", async ({
  page,
}) => {
  await signUpToFlows(page, newAccount("Codes"));
  const slug = slugOf(page);
  await page.getByRole("link", { name: "Discount codes" }).click();
  await expect(page.getByRole("heading", { name: "No discount codes yet" })).toBeVisible();

  await page.getByRole("button", { name: "New pool" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Pool name").fill("Welcome 10%");
  const codes = dialog.getByLabel("Codes");
  // A bad entry is shown while typing, before anything is sent.
  await codes.fill("WELCOME-1\nWELCOME-2, WELCOME-2\n50%OFF");
  await expect(dialog.getByText("1 entry is not a code: 50%OFF.")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Create pool" })).toBeDisabled();
  await codes.fill("WELCOME-1\nWELCOME-2, WELCOME-2\nWELCOME-3");
  await expect(dialog.getByTestId("codes-summary")).toHaveText("3 codes, 1 repeat removed");
  await dialog.getByRole("button", { name: "Create pool" }).click();
  await expect(page.getByText("“Welcome 10%” created with 3 codes.")).toBeVisible();
  const pool = page.getByTestId("discount-pool").filter({ hasText: "Welcome 10%" });
  await expect(pool.getByTestId("pool-counts")).toHaveText("3 codes left of 3 · 0 handed out");
  await expect(pool).toContainText("Running low");

  // Topping up from a CSV export: codes already in the pool are skipped.
  await pool.getByRole("button", { name: "Add codes" }).click();
  await page.getByTestId("codes-file").setInputFiles({
    name: "export.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('"WELCOME-3"\n"WELCOME-4"\n"WELCOME-5"\n'),
  });
  await expect(page.getByRole("dialog").getByTestId("codes-summary")).toHaveText("3 codes");
  await page.getByRole("dialog").getByRole("button", { name: "Add codes" }).click();
  await expect(page.getByText("2 codes added; 1 was already in the pool.")).toBeVisible();
  await expect(pool.getByTestId("pool-counts")).toHaveText("5 codes left of 5 · 0 handed out");

  const download = page.waitForEvent("download");
  await pool.getByRole("link", { name: "Download the unused codes of Welcome 10%" }).click();
  const file = await (await download).createReadStream();
  let text = "";
  for await (const chunk of file) text += String(chunk);
  expect(text).toBe("WELCOME-1\nWELCOME-2\nWELCOME-3\nWELCOME-4\nWELCOME-5\n");

  await pool.getByRole("button", { name: "Actions for Welcome 10%" }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  await page.getByRole("dialog").getByLabel("Pool name").fill("Hoş geldin %10");
  await page.getByRole("dialog").getByRole("button", { name: "Rename" }).click();
  const renamed = page.getByTestId("discount-pool").filter({ hasText: "Hoş geldin %10" });
  await expect(renamed).toBeVisible();

  await renamed.getByRole("button", { name: "Actions for Hoş geldin %10" }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("5 unused codes will be deleted");
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete pool" }).click();
  await expect(page.getByText("“Hoş geldin %10” deleted.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No discount codes yet" })).toBeVisible();

  // Bad input through the API is a 4xx with the field, never a 500.
  const bad = await page.request.post(`/api/w/${slug}/discount-pools`, {
    data: { name: "", codes: "<script>" },
  });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
    "codes",
    "name",
  ]);
  const missing = await page.request.post(
    `/api/w/${slug}/discount-pools/00000000-0000-4000-8000-000000000000/codes`,
    { data: { codes: "A1" } },
  );
  expect(missing.status()).toBe(404);
});
