import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

interface Copy {
  help: Record<"name" | "order" | "score" | "feedback", string>;
  language: string;
  templateBody: string;
  nameFallback: string;
  sure: string;
  notNow: string;
  askScore: string;
  labels: { promoter: string; passive: string; detractor: string };
  askLike: string;
  askImprove: string;
  askWrong: string;
  skip: string;
  review: string;
  writeReview: string;
  reviewThanks: string;
  care: string;
  careNote: string;
  thanks: string;
  later: string;
}

const en: Copy = {
  help: {
    name: "The customer's first name, sent by your shop.",
    order: "The delivered order's number, sent by your shop.",
    score: "The customer's score from 0 to 10.",
    feedback: "What the customer wrote about their experience.",
  },
  language: "en",
  templateBody:
    "Hi {{1}}! Your order {{2}} has arrived 📦 Could you spare 30 seconds to tell us how it went?",
  nameFallback: "there",
  sure: "Sure!",
  notNow: "Not now",
  askScore:
    "Thank you! 🙏 On a scale from *0 to 10*, how likely are you to recommend us to a friend?\n\n_0 = not at all, 10 = absolutely_",
  labels: { promoter: "Promoter (9–10)", passive: "Passive (7–8)", detractor: "Detractor (0–6)" },
  askLike: "🤩 That makes our day! What did you like most? (Or type *skip*.)",
  askImprove: "Thanks for your honesty! 🙌 What could we do better to earn a 10? (Or type *skip*.)",
  askWrong:
    "We're sorry we let you down 😔 What went wrong? Your answer goes straight to our team. (Or type *skip*.)",
  skip: "skip",
  review:
    "Would you share your experience in a short review? ⭐ It helps other shoppers — and it means the world to us.",
  writeReview: "Write a review",
  reviewThanks: "Thank you so much! 💚",
  care: "Thank you for telling us. I've passed your feedback to our customer care team — someone will contact you personally to make it right 💚",
  careNote: "NPS {{nps_score}} for order {{order_number}}: {{feedback|no comment}}",
  thanks: "Thank you for your feedback! We'll use it to get even better 💚",
  later: "No problem! Thanks for shopping with us 😊",
};

const tr: Copy = {
  help: {
    name: "Mağazanızın gönderdiği müşteri adı.",
    order: "Teslim edilen siparişin numarası, mağazanız gönderir.",
    score: "Müşterinin 0 ile 10 arasındaki puanı.",
    feedback: "Müşterinin deneyimi hakkında yazdıkları.",
  },
  language: "tr",
  templateBody:
    "Merhaba {{1}}! {{2}} numaralı siparişiniz size ulaştı 📦 Deneyiminizi bizimle paylaşmak için 30 saniyenizi ayırır mısınız?",
  nameFallback: "değerli müşterimiz",
  sure: "Tabii!",
  notNow: "Şimdi değil",
  askScore:
    "Teşekkürler! 🙏 *0 ile 10* arasında bir puanla, bizi bir arkadaşınıza tavsiye etme olasılığınız nedir?\n\n_0 = hiç, 10 = kesinlikle_",
  labels: {
    promoter: "Destekçi (9-10)",
    passive: "Kararsız (7-8)",
    detractor: "Memnun değil (0-6)",
  },
  askLike: "🤩 Günümüzü güzelleştirdiniz! En çok neyi beğendiniz? (Dilerseniz *geç* yazın.)",
  askImprove:
    "Dürüstlüğünüz için teşekkürler! 🙌 10 puanı hak etmek için neyi daha iyi yapabiliriz? (Dilerseniz *geç* yazın.)",
  askWrong:
    "Sizi memnun edemediğimiz için çok üzgünüz 😔 Neyin yolunda gitmediğini paylaşır mısınız? Yanıtınız doğrudan ekibimize iletilecek. (Dilerseniz *geç* yazın.)",
  skip: "geç",
  review:
    "Deneyiminizi kısa bir değerlendirmeyle paylaşır mısınız? ⭐ Diğer alışverişçilere yol gösterir, bizim için de çok değerli.",
  writeReview: "Değerlendirme yaz",
  reviewThanks: "Çok teşekkür ederiz! 💚",
  care: "Bunu bizimle paylaştığınız için teşekkür ederiz. Geri bildiriminizi müşteri ilişkileri ekibimize ilettim; sorunu çözmek için sizinle bizzat iletişime geçecekler 💚",
  careNote: "{{order_number}} siparişi için NPS {{nps_score}}: {{feedback|yorum yok}}",
  thanks: "Geri bildiriminiz için teşekkür ederiz! Daha da iyi olmak için kullanacağız 💚",
  later: "Sorun değil! Bizi tercih ettiğiniz için teşekkür ederiz 😊",
};

const COPY: Record<Locale, Copy> = { en, tr };

const scoreAtLeast = (value: string) => ({
  match: "all" as const,
  rules: [
    {
      subject: { kind: "variable" as const, name: "nps_score" },
      operator: "greater_or_equal" as const,
      value,
    },
  ],
});

/**
 * Net Promoter Score after delivery. The shop starts it through the API days after delivery, so a
 * template opens it. Promoters are asked for a public review, detractors get a person, and every
 * score is kept on the contact and sent to the shop.
 */
export const feedbackNps: FlowTemplate<"feedback-nps"> = {
  id: "feedback-nps",
  category: "feedback",
  icon: "Star",
  name: { en: "Post-purchase feedback and NPS", tr: "Satış sonrası geri bildirim ve NPS" },
  description: {
    en: "After delivery your shop starts it through the API: customers score you from 0 to 10 and say why. Fans are invited to leave a review; unhappy customers go to your care team.",
    tr: "Teslimattan sonra mağazanız API ile başlatır: müşteri 0-10 arası puan verir ve nedenini yazar. Memnun müşteriler değerlendirmeye davet edilir, memnun olmayanlar ekibinize aktarılır.",
  },
  setup: {
    en: [
      "Get a WhatsApp template named order_feedback_request approved, with the body text of the template node and two quick replies.",
      "Start the flow after delivery with POST /api/v1/flows/{id}/start and the variables customer_name and order_number.",
      "Point POST https://shop.example.com/api/feedback at your shop, and the review button at your review page.",
    ],
    tr: [
      "order_feedback_request adlı bir WhatsApp şablonunu, şablon düğümündeki metin ve iki hızlı yanıtla onaylatın.",
      "Akışı teslimattan sonra POST /api/v1/flows/{id}/start ile customer_name ve order_number değişkenlerini göndererek başlatın.",
      "POST https://shop.example.com/api/feedback adresini mağazanıza, değerlendirme düğmesini de değerlendirme sayfanıza yönlendirin.",
    ],
  },
  preview: (locale) => [
    {
      api: { customer_name: locale === "tr" ? "Ayşe" : "Sam", order_number: "100234" },
    },
    { tap: { id: "sure", title: COPY[locale].sure } },
  ],
  build(locale) {
    const t = COPY[locale];
    const ask = (id: string, prompt: string) =>
      ({
        id,
        type: "question",
        data: {
          prompt,
          variable: "feedback",
          answer: { type: "text", maxLength: 1000 },
          skipWord: t.skip,
        },
      }) as const;
    return new FlowBuilder()
      .add([0, 1], { id: "start", type: "start", data: { trigger: { kind: "api" } } })
      .add([1, 1], {
        id: "request",
        type: "template",
        data: {
          name: "order_feedback_request",
          language: t.language,
          bodyText: t.templateBody,
          bodyParams: [`{{customer_name|${t.nameFallback}}}`, "{{order_number}}"],
          buttons: [
            { kind: "quick_reply", id: "sure", title: t.sure },
            { kind: "quick_reply", id: "not_now", title: t.notNow },
          ],
        },
      })
      .add([2, 0.5], {
        id: "ask_score",
        type: "question",
        data: {
          prompt: t.askScore,
          variable: "nps_score",
          answer: { type: "number", min: 0, max: 10, integer: true },
        },
      })
      .add([2, 2], { id: "later", type: "end", data: { message: t.later } })
      .add([3, 0.5], {
        id: "segment",
        type: "condition",
        data: {
          branches: [
            { id: "promoter", label: t.labels.promoter, groups: [scoreAtLeast("9")] },
            { id: "passive", label: t.labels.passive, groups: [scoreAtLeast("7")] },
          ],
        },
      })
      .add([4, 0], ask("ask_like", t.askLike))
      .add([4, 1], ask("ask_improve", t.askImprove))
      .add([4, 2], ask("ask_wrong", t.askWrong))
      .add([5, 1], {
        id: "remember",
        type: "contact_update",
        data: {
          fields: [{ field: "custom", key: "nps_score", value: "{{nps_score}}" }],
          addTags: ["nps_responded"],
        },
      })
      .add([6, 1], {
        id: "save",
        type: "http_request",
        data: {
          method: "POST",
          url: "https://shop.example.com/api/feedback",
          headers: [{ name: "Authorization", value: "Bearer YOUR_SHOP_API_TOKEN" }],
          body: JSON.stringify(
            {
              order_number: "{{order_number}}",
              score: "{{nps_score}}",
              comment: "{{feedback}}",
              customer_phone: "{{contact.phone}}",
            },
            null,
            2,
          ),
        },
      })
      .add([7, 1], {
        id: "follow_up",
        type: "condition",
        data: {
          branches: [
            { id: "promoter", label: t.labels.promoter, groups: [scoreAtLeast("9")] },
            {
              id: "detractor",
              label: t.labels.detractor,
              groups: [
                {
                  match: "all",
                  rules: [
                    {
                      subject: { kind: "variable", name: "nps_score" },
                      operator: "less_or_equal",
                      value: "6",
                    },
                  ],
                },
              ],
            },
          ],
        },
      })
      .add([8, 0], {
        id: "review",
        type: "cta_url",
        data: {
          body: t.review,
          label: t.writeReview,
          url: "https://shop.example.com/reviews/new?order={{order_number}}",
        },
      })
      .add([8, 1.25], { id: "thanks", type: "end", data: { message: t.thanks } })
      .add([8, 2.25], {
        id: "care",
        type: "handoff",
        data: { message: t.care, team: "customer_care", note: t.careNote },
      })
      .add([9, 0], { id: "review_thanks", type: "end", data: { message: t.reviewThanks } })
      .connect("start", "next", "request")
      .connect("request", "sure", "ask_score")
      .connect("request", "other", "ask_score")
      .connect("request", "not_now", "later")
      .connect("ask_score", "next", "segment")
      .connect("ask_score", "invalid", "later")
      .connect("segment", "promoter", "ask_like")
      .connect("segment", "passive", "ask_improve")
      .connect("segment", "else", "ask_wrong")
      .connect("ask_like", "next", "remember")
      .connect("ask_like", "invalid", "remember")
      .connect("ask_improve", "next", "remember")
      .connect("ask_improve", "invalid", "remember")
      .connect("ask_wrong", "next", "remember")
      .connect("ask_wrong", "invalid", "remember")
      .connect("remember", "next", "save")
      .connect("save", "success", "follow_up")
      .connect("save", "error", "follow_up")
      .connect("follow_up", "promoter", "review")
      .connect("follow_up", "detractor", "care")
      .connect("follow_up", "else", "thanks")
      .connect("review", "next", "review_thanks")
      .build({
        variables: [
          { name: "customer_name", description: t.help.name },
          { name: "order_number", description: t.help.order },
          { name: "nps_score", description: t.help.score },
          { name: "feedback", description: t.help.feedback },
        ],
        settings: templateSettings(locale, {
          inactivityTimeoutMinutes: 2880,
          inactivityMessage: "",
        }),
      });
  },
};
