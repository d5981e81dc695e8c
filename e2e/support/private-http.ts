import { expect, type Page } from "@playwright/test";

/**
 * The browser tests' app servers run with SOHBET_HTTP_ALLOW_PRIVATE=workspace, as most hosts
 * will: a spec whose HTTP nodes call a server it started on 127.0.0.1 turns the workspace's
 * setting on first, through the API as its owner (e2e/settings-private-http.spec.ts clicks it).
 */
export async function allowPrivateHttp(page: Page, slug: string, allowed = true) {
  const response = await page.request.put(`/api/w/${slug}/http-settings`, {
    data: { allowPrivateHttp: allowed },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ privateAllowed: allowed });
}
