import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { feedbackNps } from "./feedback-nps";

const EXPECTED = {
  en: {
    name: "Sam",
    language: "en",
    preview:
      "Hi Sam! Your order 100234 has arrived 📦 Could you spare 30 seconds to tell us how it went?",
    replies: ["Sure!", "Not now"],
    askScore:
      "Thank you! 🙏 On a scale from *0 to 10*, how likely are you to recommend us to a friend?\n\n_0 = not at all, 10 = absolutely_",
    scoreRetry: "Please send a number between 0 and 10.",
    askLike: "🤩 That makes our day! What did you like most? (Or type *skip*.)",
    like: "Fast delivery and lovely packaging",
    review:
      "Would you share your experience in a short review? ⭐ It helps other shoppers — and it means the world to us.",
    writeReview: "Write a review",
    reviewThanks: "Thank you so much! 💚",
    askWrong:
      "We're sorry we let you down 😔 What went wrong? Your answer goes straight to our team. (Or type *skip*.)",
    wrong: "The parcel arrived two days late",
    care: "Thank you for telling us. I've passed your feedback to our customer care team — someone will contact you personally to make it right 💚",
    careNote: "NPS 3 for order 100234: The parcel arrived two days late",
    askImprove:
      "Thanks for your honesty! 🙌 What could we do better to earn a 10? (Or type *skip*.)",
    skip: "Skip",
    thanks: "Thank you for your feedback! We'll use it to get even better 💚",
    later: "No problem! Thanks for shopping with us 😊",
  },
  tr: {
    name: "Ayşe",
    language: "tr",
    preview:
      "Merhaba Ayşe! 100234 numaralı siparişiniz size ulaştı 📦 Deneyiminizi bizimle paylaşmak için 30 saniyenizi ayırır mısınız?",
    replies: ["Tabii!", "Şimdi değil"],
    askScore:
      "Teşekkürler! 🙏 *0 ile 10* arasında bir puanla, bizi bir arkadaşınıza tavsiye etme olasılığınız nedir?\n\n_0 = hiç, 10 = kesinlikle_",
    scoreRetry: "Lütfen 0 ile 10 arasında bir sayı gönderin.",
    askLike: "🤩 Günümüzü güzelleştirdiniz! En çok neyi beğendiniz? (Dilerseniz *geç* yazın.)",
    like: "Hızlı kargo ve özenli paketleme",
    review:
      "Deneyiminizi kısa bir değerlendirmeyle paylaşır mısınız? ⭐ Diğer alışverişçilere yol gösterir, bizim için de çok değerli.",
    writeReview: "Değerlendirme yaz",
    reviewThanks: "Çok teşekkür ederiz! 💚",
    askWrong:
      "Sizi memnun edemediğimiz için çok üzgünüz 😔 Neyin yolunda gitmediğini paylaşır mısınız? Yanıtınız doğrudan ekibimize iletilecek. (Dilerseniz *geç* yazın.)",
    wrong: "Kargo iki gün geç geldi",
    care: "Bunu bizimle paylaştığınız için teşekkür ederiz. Geri bildiriminizi müşteri ilişkileri ekibimize ilettim; sorunu çözmek için sizinle bizzat iletişime geçecekler 💚",
    careNote: "100234 siparişi için NPS 3: Kargo iki gün geç geldi",
    askImprove:
      "Dürüstlüğünüz için teşekkürler! 🙌 10 puanı hak etmek için neyi daha iyi yapabiliriz? (Dilerseniz *geç* yazın.)",
    skip: "GEÇ",
    thanks: "Geri bildiriminiz için teşekkür ederiz! Daha da iyi olmak için kullanacağız 💚",
    later: "Sorun değil! Bizi tercih ettiğiniz için teşekkür ederiz 😊",
  },
};

describe.each(["en", "tr"] as const)("feedback and NPS template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = feedbackNps.build(locale);
  const text = (t: string) => ({ type: "text", text: t });

  function start() {
    const c = new Conversation(flow);
    c.contact = { phone: "+31612345678", tags: [], fields: {} };
    const started = c.apiStart({ customer_name: x.name, order_number: "100234" });
    expect(started.outbox).toEqual([
      {
        type: "template",
        name: "order_feedback_request",
        language: x.language,
        components: [
          {
            type: "body",
            parameters: [
              { type: "text", text: x.name },
              { type: "text", text: "100234" },
            ],
          },
          { type: "button", subType: "quick_reply", index: 0, parameter: "sure" },
          { type: "button", subType: "quick_reply", index: 1, parameter: "not_now" },
        ],
        preview: x.preview,
        quickReplies: [
          { id: "sure", title: x.replies[0] },
          { id: "not_now", title: x.replies[1] },
        ],
      },
    ]);
    return c;
  }

  it("golden: a promoter scores 10, says why, the shop gets it and a review is asked for", () => {
    const c = start();
    expect(c.tap("sure", x.replies[0]).outbox).toEqual([text(x.askScore)]);
    expect(c.say("11").outbox).toEqual([text(x.scoreRetry)]);
    expect(c.say("10").outbox).toEqual([text(x.askLike)]);

    const saved = c.say(x.like);
    expect(saved.outbox).toEqual([]);
    expect(effectsOf(saved, "contact_update")).toEqual([
      {
        type: "contact_update",
        patch: { fields: { nps_score: "10" } },
        addTags: ["nps_responded"],
        removeTags: [],
      },
    ]);
    const [request] = effectsOf(saved, "http_request");
    expect(request).toMatchObject({ method: "POST", url: "https://shop.example.com/api/feedback" });
    expect(JSON.parse(request?.body ?? "null")).toEqual({
      order_number: "100234",
      score: 10,
      comment: x.like,
      customer_phone: "+31612345678",
    });

    expect(c.resolve({ status: "success", httpStatus: 201 }).outbox).toEqual([
      {
        type: "cta_url",
        body: x.review,
        label: x.writeReview,
        url: "https://shop.example.com/reviews/new?order=100234",
      },
      text(x.reviewThanks),
    ]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: { nps_score: 10, feedback: x.like },
      contact: { addTags: ["nps_responded"] },
    });
  });

  it("hands a detractor to customer care, even when the shop does not store the score", () => {
    const c = start();
    c.tap("sure", x.replies[0]);
    expect(c.say("3").outbox).toEqual([text(x.askWrong)]);
    c.say(x.wrong);
    const care = c.resolve({ status: "error", message: "timeout" });
    expect(care.outbox).toEqual([text(x.care)]);
    expect(effectsOf(care, "handoff")).toEqual([
      { type: "handoff", message: x.care, team: "customer_care", note: x.careNote, via: "node" },
    ]);
    expect(c.session?.status).toBe("handoff");
  });

  it("thanks a passive customer who skips the comment, and respects a not now", () => {
    const c = start();
    c.tap("sure", x.replies[0]);
    expect(c.say("8").outbox).toEqual([text(x.askImprove)]);
    c.say(x.skip);
    expect(c.resolve({ status: "success", httpStatus: 201 }).outbox).toEqual([text(x.thanks)]);
    expect(c.session?.variables).not.toHaveProperty("feedback");

    const busy = start();
    expect(busy.tap("not_now", x.replies[1]).outbox).toEqual([text(x.later)]);
    expect(busy.session?.endedReason).toBe("completed");
  });

  it("asks for the score when the customer types instead of tapping", () => {
    const c = start();
    expect(c.say("9").outbox).toEqual([text(x.askScore)]);
  });
});
