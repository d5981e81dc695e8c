import { expect, test, type Page } from "@playwright/test";
import { z } from "zod";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";
import { customerWrites, emulatorFor, uniquePhoneNumberId } from "./support/emulator";

const idSchema = z.object({ id: z.string() });
const channelSchema = z.object({ channel: z.object({ id: z.string(), name: z.string() }) });

/** A second flow or channel the test needs but is not about: made through the app's own API. */
async function createFlowFromTemplate(page: Page, slug: string, name: string, templateId: string) {
  const response = await page.request.post(`/api/w/${slug}/flows`, {
    data: { name, templateId, locale: "en" },
  });
  expect(response.status()).toBe(201);
  return idSchema.parse(await response.json()).id;
}

async function createChannel(page: Page, slug: string, name: string) {
  const phoneNumberId = uniquePhoneNumberId();
  const response = await page.request.post(`/api/w/${slug}/channels`, {
    data: {
      name,
      phoneNumberId,
      wabaId: "102290129340398",
      accessToken: `EAAG-${phoneNumberId}`,
      appSecret: "app-secret",
    },
  });
  expect(response.status()).toBe(201);
  return { ...channelSchema.parse(await response.json()).channel, phoneNumberId };
}

async function openPublishDialog(page: Page) {
  await page.getByTestId("publish-button").click();
  const dialog = page.getByRole("dialog", { name: "Publish this flow" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a marketer connects a number, publishes the lead-capture template and a customer chats", async ({
  page,
  baseURL,
}) => {
  const emulator = emulatorFor(baseURL);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  const phoneNumberId = uniquePhoneNumberId();
  const token = `EAAG-good-${phoneNumberId}`;
  await emulator.registerNumber({
    phoneNumberId,
    accessToken: token,
    displayPhoneNumber: "+90 555 010 20 30",
    verifiedName: "Lale Çiçekçilik",
  });

  // Channels: the empty state, then the connect form with a mistyped token.
  await page.getByRole("link", { name: "Channels" }).click();
  await expect(page.getByRole("heading", { name: "WhatsApp channels" })).toBeVisible();
  await page.getByRole("button", { name: "Connect a number" }).click();
  const form = page.getByRole("dialog", { name: "Connect a WhatsApp number" });
  await form.getByLabel("Name").fill("Shop line");
  await form.getByLabel("Phone number ID").fill("+90 555");
  await form.getByLabel("WhatsApp Business Account ID").fill("102290129340398");
  await form.getByLabel("Access token").fill("EAAG-typo");
  await form.getByLabel("App secret").fill("lale-app-secret");
  await form.getByRole("button", { name: "Connect" }).click();
  await expect(form.getByText("A phone number ID is digits only")).toBeVisible();
  await form.getByLabel("Phone number ID").fill(phoneNumberId);
  await page.screenshot({ path: "/tmp/live-channel-form.png" });
  await form.getByRole("button", { name: "Connect" }).click();
  await expect(form).toBeHidden();

  const card = page.getByTestId("channel-card");
  await expect(card.getByTestId("channel-name")).toHaveText("Shop line");
  await expect(card).toContainText("Access token and app secret");
  await expect(card).toContainText("set");
  await expect(card).not.toContainText("EAAG-typo");
  const webhookUrl = (await card.getByTestId("channel-webhook-url").textContent()) ?? "";
  const verifyToken = (await card.getByTestId("channel-verify-token").textContent()) ?? "";
  expect(webhookUrl).toMatch(/\/api\/webhooks\/whatsapp\/[0-9a-f-]{36}$/);
  expect(verifyToken.length).toBeGreaterThan(16);
  await expect(card.getByText("Send a WhatsApp message to your number")).toBeVisible();

  // Test connection explains the bad token in plain words.
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByTestId("connection-result")).toContainText("The access token was refused");
  await page.screenshot({ path: "/tmp/live-channel-bad-token.png", fullPage: true });

  // Replace the token (the secret field is write-only: blank would keep the old one).
  await card.getByRole("button", { name: "Edit Shop line" }).click();
  const edit = page.getByRole("dialog", { name: "Edit channel" });
  await expect(edit.getByLabel("Access token")).toHaveValue("");
  await edit.getByLabel("Access token").fill(token);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await card.getByRole("button", { name: "Test connection" }).click();
  await expect(card.getByTestId("connection-result")).toContainText("Connected");
  await expect(card.getByTestId("connection-result")).toContainText("Lale Çiçekçilik");

  // Meta's verification handshake with the token shown on the page.
  const challenge = await page.request.get(
    `${webhookUrl}?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=4242`,
  );
  expect(await challenge.text()).toBe("4242");
  await page.reload();
  await expect(card).toContainText("+90 555 010 20 30");
  await page.screenshot({ path: "/tmp/live-channel-ok.png", fullPage: true });

  // New flow from the lead-capture template, published from the editor.
  await page.getByRole("link", { name: "Flows" }).click();
  await page.getByRole("button", { name: "Start from a template" }).click();
  const gallery = page.getByRole("dialog", { name: "Start from a template" });
  await gallery.getByTestId("template-card").filter({ hasText: "Lead capture" }).click();
  await gallery.getByRole("button", { name: "Use template" }).click();
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]{36}$/);
  const editorUrl = page.url();
  const dialog = await openPublishDialog(page);
  await expect(dialog.getByLabel("WhatsApp number")).toContainText("Shop line (+90 555 010 20 30)");
  await dialog.getByLabel("What changed? (optional)").fill("Launch: welcome discount");
  await page.screenshot({ path: "/tmp/live-publish-dialog.png" });
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Version 1 is live on Shop line.")).toBeVisible();
  await expect(page.getByTestId("live-badge")).toHaveText("Live · v1");
  await page.screenshot({ path: "/tmp/live-editor-published.png" });

  // A customer writes: every reply goes out through the Cloud API (the emulator).
  const customer = { phoneNumberId, from: "905321234567", profileName: "Ayşe" };
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...customer,
    messages: [{ type: "text", body: "Hi" }],
  });
  const [welcome] = await emulator.waitForSent(1, { phoneNumberId, timeoutMs: 20_000 });
  expect(welcome?.to).toBe("905321234567");
  expect(JSON.stringify(welcome?.payload)).toContain("welcome to");
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...customer,
    messages: [{ type: "button_reply", buttonId: "yes", title: "Yes, please! 🎁" }],
  });
  await expect
    .poll(async () => JSON.stringify(await emulator.sent({ phoneNumberId })), {
      timeout: 20_000,
    })
    .toContain("What's your e-mail address?");
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...customer,
    messages: [{ type: "text", body: "ayse@example.com" }],
  });
  await expect
    .poll(async () => JSON.stringify(await emulator.sent({ phoneNumberId })), {
      timeout: 20_000,
    })
    .toMatch(/WELCOME10-[A-Z0-9]{4}/);

  // The channel's health shows the webhook that just arrived.
  await page.goto(`/w/${slug}/channels`);
  await expect(page.getByTestId("channel-last-webhook")).not.toHaveText("Never yet");
  await expect(page.getByTestId("channel-live-flows")).toContainText(
    "Lead capture with a welcome discount",
  );

  // Version 2 changes the welcome and the e-mail question.
  const flowId = /\/flows\/([0-9a-f-]{36})/.exec(editorUrl)?.[1] ?? "";
  const nodeSchema = z
    .object({ id: z.string(), data: z.record(z.string(), z.unknown()) })
    .passthrough();
  const stored = z
    .object({
      revision: z.number(),
      document: z.object({ nodes: z.array(nodeSchema) }).passthrough(),
    })
    .parse(await (await page.request.get(`/api/w/${slug}/flows/${flowId}`)).json());
  const nodes = stored.document.nodes.map((node) =>
    node.id === "welcome"
      ? { ...node, data: { ...node.data, body: "V2 hello! Shall we send you a code?" } }
      : node.id === "ask_email"
        ? { ...node, data: { ...node.data, prompt: "V2: your e-mail, please?" } }
        : node,
  );
  const saved = await page.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { revision: stored.revision, document: { ...stored.document, nodes } },
  });
  expect(saved.ok()).toBe(true);
  const v2 = await page.request.post(`/api/w/${slug}/flows/${flowId}/publish`, {
    data: { channelId: /whatsapp\/([0-9a-f-]{36})$/.exec(webhookUrl)?.[1], note: "V2 copy" },
  });
  expect(v2.status()).toBe(201);

  // Berk starts on version 2 and stops at the buttons.
  const berk = { phoneNumberId, from: "905320000002", profileName: "Berk" };
  const sentTo = async (to: string) => JSON.stringify(await emulator.sent({ phoneNumberId, to }));
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...berk,
    messages: [{ type: "text", body: "Hi" }],
  });
  await expect.poll(() => sentTo(berk.from), { timeout: 20_000 }).toContain("V2 hello!");

  // Roll back to version 1 from the versions page.
  await page.goto(`/w/${slug}/flows/${flowId}/versions`);
  const rows = page.getByTestId("version-row");
  await expect(rows).toHaveCount(2);
  await rows.last().getByRole("button", { name: "Roll back" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText("Version 1 is live again, as version 3.")).toBeVisible();

  // A new conversation takes the rolled-back content; Berk's stays on version 2.
  const cem = { phoneNumberId, from: "905320000003", profileName: "Cem" };
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...cem,
    messages: [{ type: "text", body: "Hi" }],
  });
  await expect.poll(() => sentTo(cem.from), { timeout: 20_000 }).toContain("welcome to");
  expect(await sentTo(cem.from)).not.toContain("V2 hello!");
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...berk,
    messages: [{ type: "button_reply", buttonId: "yes", title: "Yes, please! 🎁" }],
  });
  await expect
    .poll(() => sentTo(berk.from), { timeout: 20_000 })
    .toContain("V2: your e-mail, please?");
  await customerWrites(webhookUrl, "lale-app-secret", {
    ...cem,
    messages: [{ type: "button_reply", buttonId: "yes", title: "Yes, please! 🎁" }],
  });
  await expect
    .poll(() => sentTo(cem.from), { timeout: 20_000 })
    .toContain("What's your e-mail address?");
  expect(await sentTo(cem.from)).not.toContain("V2:");
});

test("publishing is refused with the problems listed, and a clashing trigger names the live flow", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  await createChannel(page, slug, "Main number");

  // A blank flow: its start leads nowhere.
  const blank = await createFlowFromTemplate(page, slug, "Half-built", "lead-capture");
  const empty = await page.request.post(`/api/w/${slug}/flows`, { data: { name: "Empty draft" } });
  const emptyId = idSchema.parse(await empty.json()).id;
  await page.goto(`/w/${slug}/flows/${emptyId}`);
  let dialog = await openPublishDialog(page);
  await dialog.getByRole("button", { name: "Publish" }).click();
  const problems = dialog.getByTestId("publish-problems");
  await expect(problems).toContainText("Fix 1 problem before publishing.");
  await expect(problems.getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: "/tmp/live-publish-problems.png" });
  await page.keyboard.press("Escape");

  // Two flows answering any message on one number: the second is refused, naming the first.
  await page.goto(`/w/${slug}/flows/${blank}`);
  dialog = await openPublishDialog(page);
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog).toBeHidden();
  const second = await createFlowFromTemplate(page, slug, "Welcome copy", "lead-capture");
  await page.goto(`/w/${slug}/flows/${second}`);
  dialog = await openPublishDialog(page);
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(dialog.getByTestId("publish-error")).toContainText(
    '"Half-built" is already live on this number and starts on any message.',
  );
  await page.screenshot({ path: "/tmp/live-publish-conflict.png" });
  await page.keyboard.press("Escape");

  // The flows list shows which one is live.
  await page.goto(`/w/${slug}/flows`);
  await expect(page.getByTestId("flow-row").filter({ hasText: "Half-built" })).toContainText(
    /published/i,
  );
});

test("versions: change summary, read-only view, rollback, unpublish, then the channel can go", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  const channel = await createChannel(page, slug, "Store line");
  const flowId = await createFlowFromTemplate(page, slug, "FAQ", "faq-menu");
  const publish = async (note: string) => {
    const response = await page.request.post(`/api/w/${slug}/flows/${flowId}/publish`, {
      data: { channelId: channel.id, note },
    });
    expect(response.status()).toBe(201);
  };
  await publish("First FAQ");
  // Edit the draft (a new goodbye text) and publish again.
  const nodeSchema = z
    .object({ id: z.string(), data: z.record(z.string(), z.unknown()) })
    .passthrough();
  const stored = z
    .object({
      revision: z.number(),
      document: z.object({ nodes: z.array(nodeSchema) }).passthrough(),
    })
    .parse(await (await page.request.get(`/api/w/${slug}/flows/${flowId}`)).json());
  const nodes = stored.document.nodes.map((node) =>
    node.id === "bye" ? { ...node, data: { ...node.data, message: "See you soon! 🌷" } } : node,
  );
  const saved = await page.request.put(`/api/w/${slug}/flows/${flowId}/document`, {
    data: { revision: stored.revision, document: { ...stored.document, nodes } },
  });
  expect(saved.ok()).toBe(true);
  await publish("Second");

  await page.goto(`/w/${slug}/flows/${flowId}/versions`);
  await expect(page.getByRole("heading", { name: "Versions of FAQ" })).toBeVisible();
  const rows = page.getByTestId("version-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("v2");
  await expect(rows.first().getByTestId("version-live")).toBeVisible();
  await expect(rows.last()).toContainText("First FAQ");
  await expect(rows.last()).toContainText("First version");
  await expect(rows.first().getByTestId("change-summary")).toHaveText("1 edited (End “bye”)");
  await expect(page.getByTestId("publication-status")).toContainText(
    "Version 2 is live on Store line",
  );
  await page.screenshot({ path: "/tmp/live-versions.png", fullPage: true });

  // Deleting the channel now asks to unpublish first.
  await page.goto(`/w/${slug}/channels`);
  await page.getByRole("button", { name: "Delete Store line" }).click();
  const blocked = page.getByRole("dialog", { name: "Unpublish its flows first" });
  await expect(blocked.getByTestId("delete-blocked-flows")).toContainText("FAQ");
  await page.screenshot({ path: "/tmp/live-channel-delete-blocked.png" });
  await blocked.getByRole("link", { name: "Open versions to unpublish" }).click();

  // View version 1 read-only, then roll back to it.
  await expect(rows).toHaveCount(2);
  await rows.last().getByRole("link", { name: "View" }).click();
  await expect(page.getByTestId("editor-flow-name")).toHaveText("FAQ · version 1");
  await expect(page.getByText("View only")).toBeVisible();
  await page.screenshot({ path: "/tmp/live-version-view.png" });
  await page.goBack();
  await rows.last().getByRole("button", { name: "Roll back" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Roll back" }).click();
  await expect(page.getByText("Version 1 is live again, as version 3.")).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("Rolled back to version 1");
  await expect(page.getByTestId("publication-status")).toContainText("Version 3 is live");

  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByTestId("publication-status")).toContainText("Not live");
  await expect(page.getByTestId("version-live")).toHaveCount(0);

  await page.goto(`/w/${slug}/channels`);
  await page.getByRole("button", { name: "Delete Store line" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete channel" }).click();
  await expect(page.getByRole("heading", { name: "Connect your WhatsApp number" })).toBeVisible();
});

test("a shop drives it through the public API: channel, publish, start a flow, read the conversation", async ({
  page,
  baseURL,
}) => {
  const emulator = emulatorFor(baseURL);
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  const created = await page.request.post(`/api/w/${slug}/api-keys`, {
    data: { name: "Shop backend", scope: "write" },
  });
  expect(created.status()).toBe(201);
  const apiKey = z.object({ key: z.string() }).parse(await created.json()).key;
  // A fresh context without the session cookie: only the key speaks.
  const api = async (method: string, path: string, data?: unknown) => {
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: data === undefined ? undefined : JSON.stringify(data),
    });
    const text = await response.text();
    return { status: response.status, json: text ? z.unknown().parse(JSON.parse(text)) : null };
  };

  const phoneNumberId = uniquePhoneNumberId();
  await emulator.registerNumber({ phoneNumberId, accessToken: "EAAG-api" });
  const channel = await api("POST", "/api/v1/channels", {
    name: "API line",
    phoneNumberId,
    wabaId: "1020",
    accessToken: "EAAG-api",
    appSecret: "api-secret",
  });
  expect(channel.status).toBe(201);
  const channelId = z.object({ id: z.string() }).parse(channel.json).id;

  const flowId = await createFlowFromTemplate(page, slug, "Abandoned cart", "abandoned-cart");
  // Not live yet: starting it is a conflict that says so.
  const early = await api("POST", `/api/v1/flows/${flowId}/start`, { phone: "+90 532 000 00 09" });
  expect(early.status).toBe(409);
  expect(JSON.stringify(early.json)).toContain("not live");
  expect((await api("POST", `/api/v1/flows/${flowId}/publish`, { channelId })).status).toBe(201);

  const started = await api("POST", `/api/v1/flows/${flowId}/start`, {
    phone: "+90 532 000 00 09",
    variables: {
      customer_name: "Deniz",
      cart_total: "€89.90",
      cart_url: "https://shop.example.com/c/1",
    },
  });
  expect(started.status).toBe(202);
  const { conversationId } = z.object({ conversationId: z.string() }).parse(started.json);
  // The 24-hour window is closed, so the flow opens with its approved template.
  const [reminder] = await emulator.waitForSent(1, { phoneNumberId, timeoutMs: 20_000 });
  expect(reminder?.type).toBe("template");
  expect(JSON.stringify(reminder?.payload)).toContain("abandoned_cart_reminder");
  expect(JSON.stringify(reminder?.payload)).toContain("Deniz");

  const list = await api("GET", `/api/v1/conversations?channelId=${channelId}`);
  expect(JSON.stringify(list.json)).toContain(conversationId);
  await expect
    .poll(async () =>
      JSON.stringify((await api("GET", `/api/v1/conversations/${conversationId}/messages`)).json),
    )
    .toContain("abandoned_cart_reminder");
  const versions = await api("GET", `/api/v1/flows/${flowId}/versions`);
  expect(JSON.stringify(versions.json)).toContain('"live":true');
  const openapi = await (await fetch(`${baseURL}/api/v1/openapi.json`)).text();
  for (const path of [
    "/api/v1/flows/{flowId}/start",
    "/api/v1/channels",
    "/api/v1/conversations",
  ]) {
    expect(openapi).toContain(path);
  }
});

test("channels, publishing and versions speak Turkish", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUpToFlows(page, newAccount());
  const slug = slugOf(page);
  const channel = await createChannel(page, slug, "Mağaza hattı");
  const flowId = await createFlowFromTemplate(page, slug, "SSS", "faq-menu");
  expect(
    (
      await page.request.post(`/api/w/${slug}/flows/${flowId}/publish`, {
        data: { channelId: channel.id, note: "İlk sürüm" },
      })
    ).status(),
  ).toBe(201);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "tr", url: baseURL ?? "" }]);

  await page.goto(`/w/${slug}/channels`);
  await expect(page.getByRole("heading", { name: "WhatsApp kanalları" })).toBeVisible();
  await expect(page.getByText("Webhook'u Meta'da kurun")).toBeVisible();
  await page.getByRole("button", { name: "Mağaza hattı kanalını sil" }).click();
  await expect(
    page.getByRole("dialog", { name: "Önce akışlarını yayından kaldırın" }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await page.screenshot({ path: "/tmp/live-channels-tr.png", fullPage: true });

  await page.goto(`/w/${slug}/flows/${flowId}/versions`);
  await expect(page.getByRole("heading", { name: "SSS sürümleri" })).toBeVisible();
  await expect(page.getByTestId("publication-status")).toContainText(
    "1. sürüm Mağaza hattı üzerinde yayında",
  );
  await expect(page.getByTestId("version-row")).toContainText("İlk sürüm · 12 adım");
  await page.screenshot({ path: "/tmp/live-versions-tr.png" });

  await page.goto(`/w/${slug}/flows/${flowId}`);
  await page.getByTestId("publish-button").click();
  await expect(page.getByRole("dialog", { name: "Bu akışı yayınla" })).toContainText(
    "Şu anda Mağaza hattı üzerinde 1. sürüm yayında.",
  );
  await page.screenshot({ path: "/tmp/live-publish-tr.png" });
});
