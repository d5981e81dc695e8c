import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

interface Copy {
  help: Record<"name" | "total" | "url" | "code", string>;
  language: string;
  templateBody: string;
  nameFallback: string;
  complete: string;
  question: string;
  notInterested: string;
  withCode: string;
  withoutCode: string;
  goToCart: string;
  helpMessage: string;
  helpNote: string;
  bye: string;
}

const en: Copy = {
  help: {
    name: "The customer's first name, sent by your shop.",
    total: "The cart's value as your shop writes it, e.g. €89.90.",
    url: "Link that reopens the customer's saved cart.",
    code: "The discount code taken from the pool.",
  },
  language: "en",
  templateBody:
    "Hi {{1}}, you left something in your cart 🛒 Your items worth {{2}} are still waiting for you. Shall we help you complete your order?",
  nameFallback: "there",
  complete: "Complete my order",
  question: "I have a question",
  notInterested: "Not interested",
  withCode:
    "Great choice! 🎉 Here's *10% off* to sweeten the deal:\n\n*{{cart_code}}*\n\nYour cart is saved — tap below to finish your order. The code is valid for 48 hours.",
  withoutCode: "Great choice! 🎉 Your cart is saved — tap below to finish your order.",
  goToCart: "Go to my cart",
  helpMessage: "Of course! 💬 A member of our team will answer your question here shortly.",
  helpNote: "Abandoned cart worth {{cart_total}}: {{cart_url}}",
  bye: "No problem — we won't remind you about this cart again. Have a lovely day! 🌿",
};

const tr: Copy = {
  help: {
    name: "Mağazanızın gönderdiği müşteri adı.",
    total: "Sepet tutarı, mağazanızın yazdığı biçimde, örneğin 1.249,90 TL.",
    url: "Müşterinin kayıtlı sepetini açan bağlantı.",
    code: "Kod havuzundan alınan indirim kodu.",
  },
  language: "tr",
  templateBody:
    "Merhaba {{1}}, sepetinizde ürünler unuttunuz 🛒 {{2}} tutarındaki ürünleriniz sizi bekliyor. Siparişinizi tamamlamanıza yardımcı olalım mı?",
  nameFallback: "değerli müşterimiz",
  complete: "Siparişi tamamla",
  question: "Bir sorum var",
  notInterested: "İlgilenmiyorum",
  withCode:
    "Harika bir seçim! 🎉 Size özel *%10 indirim* kodu:\n\n*{{cart_code}}*\n\nSepetiniz kayıtlı; aşağıya dokunarak siparişinizi tamamlayabilirsiniz. Kod 48 saat geçerlidir.",
  withoutCode:
    "Harika bir seçim! 🎉 Sepetiniz kayıtlı; aşağıya dokunarak siparişinizi tamamlayabilirsiniz.",
  goToCart: "Sepetime git",
  helpMessage: "Tabii ki! 💬 Ekibimizden biri sorunuzu kısa süre içinde buradan yanıtlayacak.",
  helpNote: "Terk edilen sepet, tutar {{cart_total}}: {{cart_url}}",
  bye: "Sorun değil, bu sepet için size tekrar hatırlatma yapmayacağız. Güzel bir gün dilerim! 🌿",
};

const COPY: Record<Locale, Copy> = { en, tr };

/**
 * Started by the shop's API when a cart is left behind. Outside the 24-hour window only an
 * approved template may open the conversation; its quick replies reopen the window, so the code
 * and cart link can follow as free-form messages. A session lasts 48 hours: customers answer
 * reminders late, and a tap after the session ended would find no conversation to continue.
 */
export const abandonedCart: FlowTemplate<"abandoned-cart"> = {
  id: "abandoned-cart",
  category: "sales",
  icon: "ShoppingCart",
  name: { en: "Abandoned cart recovery", tr: "Terk edilen sepet hatırlatması" },
  description: {
    en: "Your shop starts it through the API when a cart is left behind: an approved WhatsApp template reminds the customer, and a yes brings a discount code and a link back to the cart.",
    tr: "Sepet yarım kaldığında mağazanız API ile başlatır: onaylı bir WhatsApp şablonu müşteriye hatırlatır, olumlu yanıt verene indirim kodu ve sepet bağlantısı gider.",
  },
  setup: {
    en: [
      "Get a WhatsApp template named abandoned_cart_reminder approved in WhatsApp Manager, with the body text of the template node and its three quick replies.",
      "Start the flow from your shop with POST /api/v1/flows/{id}/start and the variables customer_name, cart_total and cart_url.",
      "Codes come from the code pool cart_recovery_10: fill it with single-use codes from your shop. When it runs dry, customers still get their cart link.",
    ],
    tr: [
      "WhatsApp Yöneticisi'nde abandoned_cart_reminder adlı bir şablonu, şablon düğümündeki metin ve üç hızlı yanıtla onaylatın.",
      "Akışı mağazanızdan POST /api/v1/flows/{id}/start ile customer_name, cart_total ve cart_url değişkenlerini göndererek başlatın.",
      "Kodlar cart_recovery_10 kod havuzundan gelir: havuzu mağazanızın tek kullanımlık kodlarıyla doldurun. Kodlar bitse de müşteri sepet bağlantısını alır.",
    ],
  },
  preview: (locale) => [
    {
      api:
        locale === "tr"
          ? {
              customer_name: "Ayşe",
              cart_total: "1.249,90 TL",
              cart_url: "https://shop.example.com/cart/8f2k",
            }
          : {
              customer_name: "Sam",
              cart_total: "€89.90",
              cart_url: "https://shop.example.com/cart/8f2k",
            },
    },
  ],
  build(locale) {
    const t = COPY[locale];
    return new FlowBuilder()
      .add([0, 1], { id: "start", type: "start", data: { trigger: { kind: "api" } } })
      .add([1, 1], {
        id: "reminder",
        type: "template",
        data: {
          name: "abandoned_cart_reminder",
          language: t.language,
          bodyText: t.templateBody,
          bodyParams: [`{{customer_name|${t.nameFallback}}}`, "{{cart_total}}"],
          buttons: [
            { kind: "quick_reply", id: "complete", title: t.complete },
            { kind: "quick_reply", id: "question", title: t.question },
            { kind: "quick_reply", id: "not_interested", title: t.notInterested },
          ],
        },
      })
      .add([2, 0], {
        id: "cart_code",
        type: "discount_code",
        data: { source: { kind: "pool", poolId: "cart_recovery_10" }, variable: "cart_code" },
      })
      .add([2, 1.5], {
        id: "help",
        type: "handoff",
        data: { message: t.helpMessage, team: "sales", note: t.helpNote },
      })
      .add([2, 3], {
        id: "not_interested",
        type: "contact_update",
        data: { addTags: ["cart_declined"] },
      })
      .add([3, 0], {
        id: "with_code",
        type: "cta_url",
        data: { body: t.withCode, label: t.goToCart, url: "{{cart_url}}" },
      })
      .add([3, 1], {
        id: "without_code",
        type: "cta_url",
        data: { body: t.withoutCode, label: t.goToCart, url: "{{cart_url}}" },
      })
      .add([3, 3], { id: "bye", type: "end", data: { message: t.bye } })
      .add([4, 0.5], { id: "done", type: "end", data: {} })
      .connect("start", "next", "reminder")
      .connect("reminder", "complete", "cart_code")
      .connect("reminder", "question", "help")
      .connect("reminder", "not_interested", "not_interested")
      .connect("reminder", "other", "help")
      .connect("cart_code", "ok", "with_code")
      .connect("cart_code", "exhausted", "without_code")
      .connect("with_code", "next", "done")
      .connect("without_code", "next", "done")
      .connect("not_interested", "next", "bye")
      .build({
        variables: [
          { name: "customer_name", description: t.help.name },
          { name: "cart_total", description: t.help.total },
          { name: "cart_url", description: t.help.url },
          { name: "cart_code", description: t.help.code },
        ],
        settings: templateSettings(locale, {
          inactivityTimeoutMinutes: 2880,
          inactivityMessage: "",
        }),
      });
  },
};
