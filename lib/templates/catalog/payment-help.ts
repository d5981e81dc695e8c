import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

interface Copy {
  keywords: string[];
  help: Record<"order" | "issue" | "weekday" | "hour", string>;
  intro: string;
  askOrder: string;
  none: string;
  askIssue: string;
  issueRetry: string;
  open: string;
  teamNow: string;
  teamLater: string;
  note: string;
  resolved: string;
}

const en: Copy = {
  keywords: ["payment", "pay", "invoice", "billing"],
  help: {
    order: "The order the question is about, if the customer has one.",
    issue: "The problem in the customer's own words.",
    weekday: "Today's weekday in English, to check opening hours.",
    hour: "The current hour (0–23) in the flow's time zone.",
  },
  intro:
    "💳 Sorry you're having trouble with a payment — we'll sort it out together. A colleague from our billing team will help you personally; I'll just take a few details first so you don't have to repeat yourself.",
  askOrder: "What's the *order number* this is about? (No order number? Type *none*.)",
  none: "none",
  askIssue:
    "Please describe the problem in a few words — for example: _my card was charged twice_ or _I paid by bank transfer but my order is still waiting_.",
  issueRetry: "Could you describe it in a few more words? 🙏",
  open: "Team available",
  teamNow:
    "Thank you! 🙋 I'm passing you to our billing team now — someone will reply here in a few minutes.",
  teamLater:
    "Thank you! 🌙 Our billing team is available Monday to Friday, 09:00–18:00. They'll reply here as soon as they're back — no need to write again.",
  note: "Payment question. Order: {{order_number|none}}. Customer says: {{payment_issue}}",
  resolved: "Glad we could sort it out! Thanks for your patience 💚",
};

const tr: Copy = {
  keywords: ["ödeme", "fatura", "havale", "eft", "ödeme sorunu"],
  help: {
    order: "Müşterinin sorduğu sipariş, varsa.",
    issue: "Müşterinin kendi sözleriyle sorun.",
    weekday: "Çalışma saatlerini kontrol etmek için bugünün İngilizce gün adı.",
    hour: "Akışın saat dilimine göre şu anki saat (0-23).",
  },
  intro:
    "💳 Ödemenizle ilgili bir sorun yaşadığınız için üzgünüz, birlikte hemen çözelim. Muhasebe ekibimizden bir arkadaşımız size bizzat yardımcı olacak; her şeyi tekrar anlatmanıza gerek kalmasın diye önce birkaç bilgi alıyorum.",
  askOrder: "Hangi *sipariş numarası* ile ilgili? (Sipariş numaranız yoksa *yok* yazın.)",
  none: "yok",
  askIssue:
    "Lütfen sorunu birkaç kelimeyle anlatın; örneğin: _kartımdan iki kez çekim yapıldı_ ya da _havale yaptım ama siparişim hâlâ onay bekliyor_.",
  issueRetry: "Biraz daha ayrıntı verebilir misiniz? 🙏",
  open: "Mesai saatinde",
  teamNow:
    "Teşekkürler! 🙋 Sizi şimdi muhasebe ekibimize aktarıyorum, birkaç dakika içinde buradan yanıt verilecek.",
  teamLater:
    "Teşekkürler! 🌙 Muhasebe ekibimiz hafta içi 09.00-18.00 arasında hizmet veriyor. Mesai başlar başlamaz buradan size yanıt verecekler; tekrar yazmanıza gerek yok.",
  note: "Ödeme sorusu. Sipariş: {{order_number|yok}}. Müşterinin açıklaması: {{payment_issue}}",
  resolved: "Sorunu çözebildiğimize sevindik! Sabrınız için teşekkür ederiz 💚",
};

const COPY: Record<Locale, Copy> = { en, tr };

/**
 * Payment problems need a person, but a person who already knows the order and the problem. The
 * flow collects both, then tells the customer honestly whether the billing team is in right now
 * (weekdays 09:00–18:00 in the flow's time zone) before handing over.
 */
export const paymentHelp: FlowTemplate<"payment-help"> = {
  id: "payment-help",
  category: "support",
  icon: "CreditCard",
  name: { en: "Payment question to a person", tr: "Ödeme sorusunda temsilciye aktarma" },
  description: {
    en: "Collects the order number and the problem, tags the contact and hands the chat to your billing team, telling customers honestly when the team is out of office.",
    tr: "Sipariş numarasını ve sorunu alır, kişiyi etiketler ve sohbeti muhasebe ekibinize aktarır; ekip mesai dışındaysa müşteriye bunu açıkça söyler.",
  },
  setup: {
    en: [
      "Opening hours are weekdays 09:00–18:00 in the flow's time zone: change the condition and the texts to yours.",
      "Handovers go to the team billing; rename it to the team that answers payment questions.",
    ],
    tr: [
      "Çalışma saatleri akışın saat diliminde hafta içi 09.00-18.00'dir: koşulu ve metinleri kendi saatlerinize göre değiştirin.",
      "Aktarımlar billing ekibine gider; adını ödeme sorularını yanıtlayan ekibinizle değiştirin.",
    ],
  },
  preview: (locale) => [{ say: COPY[locale].keywords[0] ?? "" }, { say: "100234" }],
  build(locale) {
    const t = COPY[locale];
    const handoff = (id: string, message: string) =>
      ({ id, type: "handoff", data: { message, team: "billing", note: t.note } }) as const;
    return new FlowBuilder()
      .add([0, 0.5], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 0.5], { id: "intro", type: "message", data: { text: t.intro } })
      .add([2, 0.5], {
        id: "ask_order",
        type: "question",
        data: {
          prompt: t.askOrder,
          variable: "order_number",
          answer: { type: "text", minLength: 3, maxLength: 30 },
          skipWord: t.none,
        },
      })
      .add([3, 0.5], {
        id: "ask_issue",
        type: "question",
        data: {
          prompt: t.askIssue,
          variable: "payment_issue",
          answer: { type: "text", minLength: 5, maxLength: 1000 },
          retryMessage: t.issueRetry,
        },
      })
      .add([4, 0.5], {
        id: "remember",
        type: "contact_update",
        data: { addTags: ["payment_question"] },
      })
      .add([5, 0.5], {
        id: "clock",
        type: "set_variable",
        data: {
          assignments: [
            // English day names whatever the flow's language, so the condition below never changes.
            {
              variable: "weekday",
              value: { kind: "date", format: "dddd", locale: "en" },
            },
            { variable: "hour", value: { kind: "date", format: "H" } },
          ],
        },
      })
      .add([6, 0.5], {
        id: "opening_hours",
        type: "condition",
        data: {
          branches: [
            {
              id: "open",
              label: t.open,
              groups: [
                {
                  match: "all",
                  rules: [
                    {
                      subject: { kind: "variable", name: "weekday" },
                      operator: "not_in_list",
                      values: ["Saturday", "Sunday"],
                    },
                    {
                      subject: { kind: "variable", name: "hour" },
                      operator: "greater_or_equal",
                      value: "9",
                    },
                    {
                      subject: { kind: "variable", name: "hour" },
                      operator: "less_than",
                      value: "18",
                    },
                  ],
                },
              ],
            },
          ],
        },
      })
      .add([7, 0], handoff("team_now", t.teamNow))
      .add([7, 1.25], handoff("team_later", t.teamLater))
      .add([8, 0.5], { id: "resolved", type: "end", data: { message: t.resolved } })
      .connect("start", "next", "intro")
      .connect("intro", "next", "ask_order")
      .connect("ask_order", "next", "ask_issue")
      .connect("ask_order", "invalid", "ask_issue")
      .connect("ask_issue", "next", "remember")
      .connect("ask_issue", "invalid", "remember")
      .connect("remember", "next", "clock")
      .connect("clock", "next", "opening_hours")
      .connect("opening_hours", "open", "team_now")
      .connect("opening_hours", "else", "team_later")
      .connect("team_now", "resolved", "resolved")
      .connect("team_later", "resolved", "resolved")
      .build({
        variables: [
          { name: "order_number", description: t.help.order },
          { name: "payment_issue", description: t.help.issue },
          { name: "weekday", description: t.help.weekday },
          { name: "hour", description: t.help.hour },
        ],
        settings: templateSettings(locale),
      });
  },
};
