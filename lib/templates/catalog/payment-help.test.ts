import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { paymentHelp } from "./payment-help";

/** Wednesday 12 March 2025, 09:00 UTC: 10:00 in Amsterdam, 12:00 in Istanbul. */
const WEDNESDAY_MORNING = Date.UTC(2025, 2, 12, 9, 0);
/** 17:30 UTC: 18:30 in Amsterdam, 20:30 in Istanbul. */
const WEDNESDAY_EVENING = Date.UTC(2025, 2, 12, 17, 30);
const SATURDAY_NOON = Date.UTC(2025, 2, 15, 10, 0);

const EXPECTED = {
  en: {
    keyword: "Invoice",
    intro:
      "💳 Sorry you're having trouble with a payment — we'll sort it out together. A colleague from our billing team will help you personally; I'll just take a few details first so you don't have to repeat yourself.",
    askOrder: "What's the *order number* this is about? (No order number? Type *none*.)",
    none: "None",
    askIssue:
      "Please describe the problem in a few words — for example: _my card was charged twice_ or _I paid by bank transfer but my order is still waiting_.",
    issueRetry: "Could you describe it in a few more words? 🙏",
    issue: "My card was charged twice",
    teamNow:
      "Thank you! 🙋 I'm passing you to our billing team now — someone will reply here in a few minutes.",
    noteWithout: "Payment question. Order: none. Customer says: My card was charged twice",
    noteWith: "Payment question. Order: 100234. Customer says: My card was charged twice",
    teamLater:
      "Thank you! 🌙 Our billing team is available Monday to Friday, 09:00–18:00. They'll reply here as soon as they're back — no need to write again.",
    resolved: "Glad we could sort it out! Thanks for your patience 💚",
  },
  tr: {
    keyword: "Ödeme sorunu",
    intro:
      "💳 Ödemenizle ilgili bir sorun yaşadığınız için üzgünüz, birlikte hemen çözelim. Muhasebe ekibimizden bir arkadaşımız size bizzat yardımcı olacak; her şeyi tekrar anlatmanıza gerek kalmasın diye önce birkaç bilgi alıyorum.",
    askOrder: "Hangi *sipariş numarası* ile ilgili? (Sipariş numaranız yoksa *yok* yazın.)",
    none: "Yok",
    askIssue:
      "Lütfen sorunu birkaç kelimeyle anlatın; örneğin: _kartımdan iki kez çekim yapıldı_ ya da _havale yaptım ama siparişim hâlâ onay bekliyor_.",
    issueRetry: "Biraz daha ayrıntı verebilir misiniz? 🙏",
    issue: "Kartımdan iki kez çekim yapıldı",
    teamNow:
      "Teşekkürler! 🙋 Sizi şimdi muhasebe ekibimize aktarıyorum, birkaç dakika içinde buradan yanıt verilecek.",
    noteWithout:
      "Ödeme sorusu. Sipariş: yok. Müşterinin açıklaması: Kartımdan iki kez çekim yapıldı",
    noteWith:
      "Ödeme sorusu. Sipariş: 100234. Müşterinin açıklaması: Kartımdan iki kez çekim yapıldı",
    teamLater:
      "Teşekkürler! 🌙 Muhasebe ekibimiz hafta içi 09.00-18.00 arasında hizmet veriyor. Mesai başlar başlamaz buradan size yanıt verecekler; tekrar yazmanıza gerek yok.",
    resolved: "Sorunu çözebildiğimize sevindik! Sabrınız için teşekkür ederiz 💚",
  },
};

describe.each(["en", "tr"] as const)("payment help template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = paymentHelp.build(locale);
  const text = (t: string) => ({ type: "text", text: t });

  function ask(now: number, order: string) {
    const c = new Conversation(flow, { now });
    expect(c.say(x.keyword).outbox).toEqual([text(x.intro), text(x.askOrder)]);
    expect(c.say(order).outbox).toEqual([text(x.askIssue)]);
    return c;
  }

  it("golden: in office hours, the billing team takes over with the problem already noted", () => {
    const c = ask(WEDNESDAY_MORNING, x.none);
    expect(c.say("help").outbox).toEqual([text(x.issueRetry)]);
    const handoff = c.say(x.issue);
    expect(handoff.outbox).toEqual([text(x.teamNow)]);
    expect(effectsOf(handoff, "contact_update")).toEqual([
      { type: "contact_update", patch: {}, addTags: ["payment_question"], removeTags: [] },
    ]);
    expect(effectsOf(handoff, "handoff")).toEqual([
      { type: "handoff", message: x.teamNow, team: "billing", note: x.noteWithout, via: "node" },
    ]);
    expect(c.session?.status).toBe("handoff");
    expect(c.session?.variables).not.toHaveProperty("order_number");

    expect(c.input({ type: "agent_resolved" }).outbox).toEqual([text(x.resolved)]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: { payment_issue: x.issue, weekday: "Wednesday" },
    });
  });

  it.each([
    ["in the evening", WEDNESDAY_EVENING],
    ["at the weekend", SATURDAY_NOON],
  ])("says honestly that the team is out of office %s", (_when, now) => {
    const c = ask(now, "100234");
    const handoff = c.say(x.issue);
    expect(handoff.outbox).toEqual([text(x.teamLater)]);
    expect(effectsOf(handoff, "handoff")[0]?.note).toBe(x.noteWith);
    expect(c.session?.status).toBe("handoff");
  });
});
