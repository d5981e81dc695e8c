import { expect, test } from "@playwright/test";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";

test("the API answers bad input with clear 4xx JSON errors, never a 500", async ({ page }) => {
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  const api = page.request;
  const base = `/api/w/${slug}/flows`;

  const malformed = await api.post(base, {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ error: { code: "bad_json" } });

  const empty = await api.post(base, { data: { name: "   " } });
  expect(empty.status()).toBe(400);
  expect(await empty.json()).toMatchObject({
    error: { code: "invalid", issues: [{ path: "name", message: "Give your flow a name." }] },
  });

  const long = await api.post(base, { data: { name: "x".repeat(200) } });
  expect(long.status()).toBe(400);

  const wrongType = await api.post(base, { data: { name: 42 } });
  expect(wrongType.status()).toBe(400);

  for (const id of ["not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
    const missing = await api.get(`${base}/${id}`);
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toMatchObject({
      error: { code: "not_found", message: "Flow not found." },
    });
    expect((await api.delete(`${base}/${id}`)).status()).toBe(404);
  }

  expect((await api.get(`/api/w/no-such-workspace/flows`)).status()).toBe(404);

  const created = await api.post(base, { data: { name: "Kept" } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const bad = await api.patch(`${base}/${id}`, { data: { name: "" } });
  expect(bad.status()).toBe(400);
  expect(await (await api.get(`${base}/${id}`)).json()).toMatchObject({ name: "Kept" });

  const anonymous = await page.context().browser()?.newContext();
  const unauthenticated = await anonymous?.request.get(`http://${new URL(page.url()).host}${base}`);
  expect(unauthenticated?.status()).toBe(401);
  await anonymous?.close();
});
