import { describe, expect, it } from "vitest";
import { templateListJsonSchema } from "./api-schemas";
import { flowTemplates } from "./registry";
import { templateSummaries } from "./template-summaries";

describe("templateSummaries", () => {
  const summaries = templateSummaries();

  it("describes every template in both languages, in the shape the gallery reads", () => {
    expect(summaries.map((s) => s.id)).toEqual(flowTemplates.map((t) => t.id));
    expect(
      templateListJsonSchema.parse(JSON.parse(JSON.stringify({ templates: summaries }))),
    ).toEqual({ templates: summaries });
    for (const summary of summaries) {
      for (const locale of ["en", "tr"] as const) {
        const template = flowTemplates.find((t) => t.id === summary.id);
        expect(summary.versions[locale].nodeCount).toBe(template?.build(locale).nodes.length);
      }
    }
  });

  it("previews what the engine really sends: customer lines, each answered by the bot", () => {
    for (const summary of summaries) {
      for (const locale of ["en", "tr"] as const) {
        const { preview } = summary.versions[locale];
        expect(preview[0]?.from, `${summary.id}/${locale}`).toMatch(/^(customer|api)$/);
        expect(
          preview.filter((l) => l.from === "bot").length,
          `${summary.id}/${locale}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("shows the lead capture welcome and the e-mail question, in Turkish too", () => {
    const lead = summaries.find((s) => s.id === "lead-capture");
    expect(lead?.versions.tr.preview).toEqual([
      { from: "customer", text: "Merhaba" },
      {
        from: "bot",
        message: expect.objectContaining({
          type: "buttons",
          buttons: [
            { id: "yes", title: "Evet, gönderin 🎁" },
            { id: "no", title: "Hayır, teşekkürler" },
          ],
        }),
      },
      { from: "customer", text: "Evet, gönderin 🎁" },
      {
        from: "bot",
        message: {
          type: "text",
          text: "Harika! 💌 E-posta adresinizi paylaşır mısınız? Kodunuzu oraya da gönderelim, kaybolmasın.",
        },
      },
    ]);
  });

  it("marks conversations the shop starts through the API", () => {
    const cart = summaries.find((s) => s.id === "abandoned-cart");
    expect(cart?.versions.en.preview).toEqual([
      { from: "api" },
      {
        from: "bot",
        message: expect.objectContaining({
          type: "template",
          name: "abandoned_cart_reminder",
          preview:
            "Hi Sam, you left something in your cart 🛒 Your items worth €89.90 are still waiting for you. Shall we help you complete your order?",
        }),
      },
    ]);
  });

  it("is computed once", () => {
    expect(templateSummaries()).toBe(summaries);
  });
});
