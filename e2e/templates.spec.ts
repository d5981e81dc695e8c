import { expect, test, type Page } from "@playwright/test";
import { newAccount, signUpToFlows, slugOf } from "./support/accounts";

/** Nodes of the lead capture template (lib/templates/catalog/lead-capture.ts). */
const LEAD_CAPTURE_NODES = [
  "start",
  "welcome",
  "ask_email",
  "save_lead",
  "welcome_code",
  "send_code",
  "done",
  "not_now",
  "email_failed",
];

async function chooseTheme(page: Page, theme: "Light" | "Dark" | "Açık" | "Koyu") {
  await page.getByRole("button", { name: /^(Theme|Tema)$/ }).click();
  await page.getByRole("menuitemradio", { name: theme }).click();
}

test("a marketer creates a Turkish lead-capture flow from the template gallery", async ({
  page,
}) => {
  await signUpToFlows(page, newAccount());
  await page.setViewportSize({ width: 1440, height: 900 });

  // The empty state offers the gallery first.
  await page.getByRole("button", { name: "Start from a template" }).click();
  const gallery = page.getByRole("dialog", { name: "Start from a template" });
  await expect(gallery).toBeVisible();
  const cards = gallery.getByTestId("template-card");
  await expect(cards).toHaveCount(10);
  await expect(gallery.getByRole("heading", { name: "Marketing" })).toBeVisible();
  await page.screenshot({ path: "/tmp/templates-gallery-light.png" });

  // Filter by use case, then search.
  const useCase = gallery.getByRole("group", { name: "Use case" });
  await useCase.getByRole("button", { name: "Orders" }).click();
  await expect(useCase.getByRole("button", { name: "Orders" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: "Order status and cargo tracking" })).toBeVisible();
  await expect(cards.filter({ hasText: "Lead capture" })).toHaveCount(0);
  await useCase.getByRole("button", { name: "All" }).click();
  await gallery.getByLabel("Search templates").fill("cart");
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText("Abandoned cart recovery");
  await gallery.getByLabel("Search templates").fill("nothing like this");
  await expect(gallery.getByText("No template matches “nothing like this”.")).toBeVisible();
  await gallery.getByLabel("Search templates").fill("");
  await useCase.getByRole("button", { name: "Marketing" }).click();
  await expect(cards).toHaveCount(2);

  // Pick lead capture, in Turkish: the preview and the name follow the flow's language.
  await cards.filter({ hasText: "Lead capture with a welcome discount" }).click();
  const details = gallery.getByTestId("template-details");
  await expect(
    details.getByRole("heading", { name: "Lead capture with a welcome discount" }),
  ).toBeVisible();
  await expect(details).toContainText("9 steps");
  await expect(details.getByTestId("template-preview")).toContainText(
    "Shall we send you your welcome code?",
  );
  await details.getByRole("button", { name: "Türkçe" }).click();
  await expect(details.getByRole("button", { name: "Türkçe" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const preview = details.getByTestId("template-preview");
  await expect(preview).toContainText("Hoş geldin kodunuzu gönderelim mi?");
  await expect(preview).toContainText("Evet, gönderin 🎁");
  await expect(preview).toContainText("E-posta adresinizi paylaşır mısınız?");
  const name = gallery.getByLabel("Flow name");
  await expect(name).toHaveValue("Hoş geldin indirimiyle abone toplama");
  await page.screenshot({ path: "/tmp/templates-gallery-selected.png" });

  await gallery.getByRole("button", { name: "Use template" }).click();

  // Straight into the editor, with the template's nodes on the canvas.
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("editor-flow-name")).toHaveText(
    "Hoş geldin indirimiyle abone toplama",
  );
  const canvas = page.getByTestId("flow-canvas");
  await expect(canvas.locator(".react-flow__node")).toHaveCount(LEAD_CAPTURE_NODES.length);
  for (const id of LEAD_CAPTURE_NODES) {
    await expect(canvas.locator(`.react-flow__node[data-id="${id}"]`)).toBeAttached();
  }
  await page.screenshot({ path: "/tmp/templates-editor.png" });

  // Back on the list, the new flow is there; the gallery also opens from the header.
  await page.getByRole("link", { name: "Back to flows" }).click();
  await expect(
    page.getByTestId("flow-row").filter({ hasText: "Hoş geldin indirimiyle abone toplama" }),
  ).toBeVisible();
  await page.screenshot({ path: "/tmp/templates-flows-list.png" });

  await chooseTheme(page, "Dark");
  await page.getByRole("button", { name: "Start from a template" }).click();
  await expect(gallery).toBeVisible();
  await gallery.getByTestId("template-card").filter({ hasText: "Event ticket order" }).click();
  await expect(gallery.getByTestId("template-preview")).toContainText("Summer Night Concert");
  await page.screenshot({ path: "/tmp/templates-gallery-dark.png" });
  await gallery.getByTestId("template-card").filter({ hasText: "Abandoned cart" }).click();
  await expect(gallery.getByTestId("template-preview")).toContainText(
    "Your shop starts this chat through the API",
  );
  await page.screenshot({ path: "/tmp/templates-gallery-dark-api.png" });
  await page.keyboard.press("Escape");
  await expect(gallery).toBeHidden();
  await chooseTheme(page, "Light");
});

test("the gallery speaks Turkish in a Turkish UI and creates a Turkish flow by default", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Language" }).click();
  await page.getByRole("menuitemradio", { name: "Türkçe" }).click();
  const account = newAccount();
  await page.getByLabel("Adınız").fill("Ayşe Yılmaz");
  await page.getByLabel("E-posta").fill(account.email);
  await page.getByLabel("Şifre").fill(account.password);
  await page.getByLabel("Mağaza veya ekip adı").fill("Lale Çiçekçilik");
  await page.getByRole("button", { name: "Hesap oluştur" }).click();
  await expect(page.getByRole("heading", { name: "Akışlar" })).toBeVisible();

  await page.getByRole("button", { name: "Şablondan başla" }).click();
  const gallery = page.getByRole("dialog", { name: "Şablondan başlayın" });
  await expect(gallery).toBeVisible();
  await expect(gallery.getByRole("group", { name: "Kullanım alanı" })).toContainText("Tümü");
  await gallery
    .getByRole("group", { name: "Kullanım alanı" })
    .getByRole("button", { name: "Destek" })
    .click();
  const cards = gallery.getByTestId("template-card");
  await expect(cards).toHaveCount(3);
  await cards.filter({ hasText: "Sıkça sorulan sorular menüsü" }).click();
  const details = gallery.getByTestId("template-details");
  await expect(details.getByRole("button", { name: "Türkçe" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(details).toContainText("Yayınlamadan önce");
  await expect(details.getByTestId("template-preview")).toContainText(
    "Size nasıl yardımcı olabiliriz?",
  );
  await expect(details.getByTestId("template-preview")).toContainText("Teslimat süresi");
  await expect(gallery.getByLabel("Akış adı")).toHaveValue("Sıkça sorulan sorular menüsü");
  await page.screenshot({ path: "/tmp/templates-gallery-tr.png" });

  await gallery.getByLabel("Akış adı").fill("SSS");
  await gallery.getByRole("button", { name: "Şablonu kullan" }).click();
  await expect(page.getByTestId("editor-flow-name")).toHaveText("SSS");
  await expect(
    page.getByTestId("flow-canvas").locator('.react-flow__node[data-id="menu"]'),
  ).toBeAttached();

  const flowId = new URL(page.url()).pathname.split("/").at(-1);
  const flow = await page.request.get(`/api/w/${slugOf(page)}/flows/${flowId}`);
  expect(flow.status()).toBe(200);
  const body = await flow.json();
  expect(body.document.settings.locale).toBe("tr");
  expect(body.document.nodes.find((n: { id: string }) => n.id === "menu").data.body).toContain(
    "Size nasıl yardımcı olabiliriz?",
  );
});

test("the templates API lists the gallery and refuses unknown templates with the field", async ({
  page,
}) => {
  await signUpToFlows(page, newAccount());
  const api = page.request;
  const base = `/api/w/${slugOf(page)}/flows`;

  const list = await api.get("/api/templates");
  expect(list.status()).toBe(200);
  const { templates } = await list.json();
  expect(templates.map((t: { id: string }) => t.id)).toEqual([
    "lead-capture",
    "faq-menu",
    "order-status",
    "return-request",
    "abandoned-cart",
    "feedback-nps",
    "referral",
    "payment-help",
    "customer-info",
    "event-tickets",
  ]);

  const unknown = await api.post(base, { data: { name: "X", templateId: "teleport" } });
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toMatchObject({
    error: {
      code: "invalid",
      issues: [
        { path: "templateId", message: "There is no such template. Pick one from the gallery." },
      ],
    },
  });
  const locale = await api.post(base, {
    data: { name: "X", templateId: "faq-menu", locale: "nl" },
  });
  expect(locale.status()).toBe(400);
  expect((await locale.json()).error.issues[0].path).toBe("locale");

  // Without a language, the template follows the caller's UI language (English here).
  const created = await api.post(base, { data: { name: "Tickets", templateId: "event-tickets" } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const flow = await (await api.get(`${base}/${id}`)).json();
  expect(flow.document.settings.locale).toBe("en");
  expect(flow.document.nodes).toHaveLength(16);

  const anonymous = await page.context().browser()?.newContext();
  const unauthenticated = await anonymous?.request.get(
    `http://${new URL(page.url()).host}/api/templates`,
  );
  expect(unauthenticated?.status()).toBe(401);
  await anonymous?.close();
});
