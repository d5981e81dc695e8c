import { describe, expect, it } from "vitest";
import { Conversation, effectsOf, T0 } from "@/lib/flow/testing/conversation";
import { abandonedCart } from "./abandoned-cart";

const CART_URL = "https://shop.example.com/cart/8f2k";
const HOUR = 3_600_000;

const EXPECTED = {
  en: {
    variables: { customer_name: "Sam", cart_total: "€89.90", cart_url: CART_URL },
    language: "en",
    preview:
      "Hi Sam, you left something in your cart 🛒 Your items worth €89.90 are still waiting for you. Shall we help you complete your order?",
    nameFallback: "there",
    unnamed:
      "Hi there, you left something in your cart 🛒 Your items worth €89.90 are still waiting for you. Shall we help you complete your order?",
    replies: ["Complete my order", "I have a question", "Not interested"],
    withCode:
      "Great choice! 🎉 Here's *10% off* to sweeten the deal:\n\n*CART10-7Q2M*\n\nYour cart is saved — tap below to finish your order. The code is valid for 48 hours.",
    withoutCode: "Great choice! 🎉 Your cart is saved — tap below to finish your order.",
    goToCart: "Go to my cart",
    help: "Of course! 💬 A member of our team will answer your question here shortly.",
    helpNote: `Abandoned cart worth €89.90: ${CART_URL}`,
    bye: "No problem — we won't remind you about this cart again. Have a lovely day! 🌿",
    typed: "Do you ship to Belgium?",
  },
  tr: {
    variables: { customer_name: "Ayşe", cart_total: "1.249,90 TL", cart_url: CART_URL },
    language: "tr",
    preview:
      "Merhaba Ayşe, sepetinizde ürünler unuttunuz 🛒 1.249,90 TL tutarındaki ürünleriniz sizi bekliyor. Siparişinizi tamamlamanıza yardımcı olalım mı?",
    nameFallback: "değerli müşterimiz",
    unnamed:
      "Merhaba değerli müşterimiz, sepetinizde ürünler unuttunuz 🛒 1.249,90 TL tutarındaki ürünleriniz sizi bekliyor. Siparişinizi tamamlamanıza yardımcı olalım mı?",
    replies: ["Siparişi tamamla", "Bir sorum var", "İlgilenmiyorum"],
    withCode:
      "Harika bir seçim! 🎉 Size özel *%10 indirim* kodu:\n\n*CART10-7Q2M*\n\nSepetiniz kayıtlı; aşağıya dokunarak siparişinizi tamamlayabilirsiniz. Kod 48 saat geçerlidir.",
    withoutCode:
      "Harika bir seçim! 🎉 Sepetiniz kayıtlı; aşağıya dokunarak siparişinizi tamamlayabilirsiniz.",
    goToCart: "Sepetime git",
    help: "Tabii ki! 💬 Ekibimizden biri sorunuzu kısa süre içinde buradan yanıtlayacak.",
    helpNote: `Terk edilen sepet, tutar 1.249,90 TL: ${CART_URL}`,
    bye: "Sorun değil, bu sepet için size tekrar hatırlatma yapmayacağız. Güzel bir gün dilerim! 🌿",
    typed: "Kapıda ödeme var mı?",
  },
};

const IDS = ["complete", "question", "not_interested"];

describe.each(["en", "tr"] as const)("abandoned cart template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = abandonedCart.build(locale);
  const quickReplies = IDS.map((id, i) => ({ id, title: x.replies[i] }));

  function reminder(name: string, preview: string) {
    return {
      type: "template",
      name: "abandoned_cart_reminder",
      language: x.language,
      components: [
        {
          type: "body",
          parameters: [
            { type: "text", text: name },
            { type: "text", text: x.variables.cart_total },
          ],
        },
        ...IDS.map((id, index) => ({
          type: "button",
          subType: "quick_reply",
          index,
          parameter: id,
        })),
      ],
      preview,
      quickReplies,
    };
  }

  it("golden: the API starts it, the template reminds, a late tap brings a pool code and the cart", () => {
    const c = new Conversation(flow);
    const started = c.apiStart(x.variables);
    expect(started.outbox).toEqual([reminder(x.variables.customer_name, x.preview)]);
    // The session waits two days for a tap, not the usual hour.
    expect(effectsOf(started, "schedule_timer")).toEqual([
      expect.objectContaining({ kind: "inactivity", fireAt: T0 + 48 * HOUR }),
    ]);

    c.advanceClock(5 * HOUR);
    const tapped = c.tap("complete", x.replies[0]);
    expect(tapped.outbox).toEqual([]);
    expect(effectsOf(tapped, "discount_code")).toEqual([
      expect.objectContaining({ poolId: "cart_recovery_10" }),
    ]);
    expect(c.resolve({ status: "success", data: { code: "CART10-7Q2M" } }).outbox).toEqual([
      { type: "cta_url", body: x.withCode, label: x.goToCart, url: CART_URL },
    ]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: { ...x.variables, cart_code: "CART10-7Q2M" },
    });
  });

  it("still sends the cart link when the code pool has run dry", () => {
    const c = new Conversation(flow);
    c.apiStart(x.variables);
    c.tap("complete", x.replies[0]);
    expect(c.resolve({ status: "exhausted" }).outbox).toEqual([
      { type: "cta_url", body: x.withoutCode, label: x.goToCart, url: CART_URL },
    ]);
    expect(c.session?.endedReason).toBe("completed");
  });

  it("tags a customer who is not interested and does not insist", () => {
    const c = new Conversation(flow);
    c.apiStart({ cart_total: x.variables.cart_total, cart_url: CART_URL });
    expect(c.history[0]?.outbox).toEqual([reminder(x.nameFallback, x.unnamed)]);
    const declined = c.tap("not_interested", x.replies[2]);
    expect(declined.outbox).toEqual([{ type: "text", text: x.bye }]);
    expect(effectsOf(declined, "contact_update")).toEqual([
      { type: "contact_update", patch: {}, addTags: ["cart_declined"], removeTags: [] },
    ]);
  });

  it("hands a question, or anything typed instead of a tap, to the sales team", () => {
    for (const answer of ["tap", "type"] as const) {
      const c = new Conversation(flow);
      c.apiStart(x.variables);
      const result = answer === "tap" ? c.tap("question", x.replies[1]) : c.say(x.typed);
      expect(result.outbox).toEqual([{ type: "text", text: x.help }]);
      expect(effectsOf(result, "handoff")).toEqual([
        { type: "handoff", message: x.help, team: "sales", note: x.helpNote, via: "node" },
      ]);
      expect(c.session?.status).toBe("handoff");
    }
  });
});
