import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export interface Account {
  name: string;
  email: string;
  password: string;
  workspace: string;
}

export function newAccount(label = "Marketer"): Account {
  const id = randomBytes(4).toString("hex");
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase()}-${id}@example.com`,
    password: `pw-${id}-long-enough`,
    workspace: `${label} Shop ${id}`,
  };
}

/** Signs up through the form, as a new customer would, and waits for the flows page. */
export async function signUp(page: Page, account: Account, options: { from?: string } = {}) {
  await page.goto(options.from ?? "/sign-up");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel("Shop or team name").fill(account.workspace);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signUpToFlows(page: Page, account: Account) {
  await signUp(page, account);
  await expect(page).toHaveURL(/\/w\/[^/]+\/flows$/);
  await expect(page.getByRole("heading", { name: "Flows" })).toBeVisible();
}

export async function signIn(page: Page, account: Pick<Account, "email" | "password">) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The workspace slug of the page the browser is on. */
export function slugOf(page: Page): string {
  const match = /\/w\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not on a workspace page: ${page.url()}`);
  return match[1];
}
