import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { faqMenu } from "./faq-menu";

const EXPECTED = {
  en: {
    keyword: "Help!",
    menu: {
      type: "list",
      header: { type: "text", text: "Help centre" },
      body: "Hi! 👋 How can we help you today?\n\nChoose a topic from the list and we'll answer right away.",
      footer: "Type agent anytime to talk to a person",
      buttonLabel: "Choose a topic",
      sections: [
        {
          title: "Orders & delivery",
          rows: [
            {
              id: "delivery_time",
              title: "Delivery times",
              description: "When will my order arrive?",
            },
            {
              id: "shipping_costs",
              title: "Shipping costs",
              description: "Fees and the free-shipping threshold",
            },
            {
              id: "returns",
              title: "Returns & exchanges",
              description: "How to send something back",
            },
          ],
        },
        {
          title: "Payment",
          rows: [
            {
              id: "payment_methods",
              title: "Payment methods",
              description: "Cards, iDEAL, PayPal and more",
            },
            {
              id: "installments",
              title: "Pay in instalments",
              description: "Spread the cost of your order",
            },
          ],
        },
        {
          title: "Other",
          rows: [
            {
              id: "opening_hours",
              title: "Opening hours",
              description: "When our team is available",
            },
            {
              id: "human",
              title: "Talk to our team",
              description: "A real person replies during opening hours",
            },
          ],
        },
      ],
    },
    shipping:
      "📦 *Shipping costs*\n\nShipping is *free* on orders over €50. Below that, we charge a flat €4.95.\n\nYou'll always see the exact cost before you pay.",
    anythingElse: {
      type: "buttons",
      body: "Can I help you with anything else?",
      buttons: [
        { id: "more", title: "Another question" },
        { id: "done", title: "No, that's all" },
      ],
    },
    handoff:
      "Of course! I'm passing you to our team 🙋 Someone will reply here during our opening hours.",
    note: "Asked for a person from the FAQ menu.",
    bye: "Glad we could help! Have a lovely day 🌷",
    agentWord: "Agent",
    keywordHandoff:
      "Of course! I'm connecting you with our team 🙋 Someone will reply here shortly.",
  },
  tr: {
    keyword: "YARDIM",
    menu: {
      type: "list",
      header: { type: "text", text: "Yardım merkezi" },
      body: "Merhaba! 👋 Size nasıl yardımcı olabiliriz?\n\nListeden bir konu seçin, hemen yanıtlayalım.",
      footer: "Bir kişiyle görüşmek için temsilci yazın",
      buttonLabel: "Konu seçin",
      sections: [
        {
          title: "Sipariş ve teslimat",
          rows: [
            {
              id: "delivery_time",
              title: "Teslimat süresi",
              description: "Siparişim ne zaman gelir?",
            },
            {
              id: "shipping_costs",
              title: "Kargo ücreti",
              description: "Kargo ücretleri ve ücretsiz kargo limiti",
            },
            { id: "returns", title: "İade ve değişim", description: "Ürün iadesi nasıl yapılır?" },
          ],
        },
        {
          title: "Ödeme",
          rows: [
            {
              id: "payment_methods",
              title: "Ödeme yöntemleri",
              description: "Kredi kartı, havale/EFT ve kapıda ödeme",
            },
            {
              id: "installments",
              title: "Taksit seçenekleri",
              description: "Kredi kartına taksitle ödeme",
            },
          ],
        },
        {
          title: "Diğer",
          rows: [
            {
              id: "opening_hours",
              title: "Çalışma saatleri",
              description: "Ekibimiz ne zaman hizmet veriyor?",
            },
            {
              id: "human",
              title: "Müşteri temsilcisi",
              description: "Çalışma saatlerinde bir ekip arkadaşımız yanıt verir",
            },
          ],
        },
      ],
    },
    shipping:
      "📦 *Kargo ücreti*\n\n*500 TL* ve üzeri siparişlerde kargo *ücretsiz*. Bu tutarın altındaki siparişlerde kargo ücreti 49,90 TL'dir.\n\nÖdeme yapmadan önce kargo ücretini her zaman görürsünüz.",
    anythingElse: {
      type: "buttons",
      body: "Başka bir konuda yardımcı olabilir miyim?",
      buttons: [
        { id: "more", title: "Başka bir soru" },
        { id: "done", title: "Hayır, bu kadar" },
      ],
    },
    handoff:
      "Tabii ki! Sizi ekibimize aktarıyorum 🙋 Çalışma saatlerimiz içinde buradan size yanıt verilecek.",
    note: "SSS menüsünden temsilci istedi.",
    bye: "Yardımcı olabildiysek ne mutlu! Güzel bir gün dilerim 🌷",
    agentWord: "Temsilci",
    keywordHandoff:
      "Tabii ki! Sizi ekibimize bağlıyorum 🙋 Kısa süre içinde buradan yanıt verilecek.",
  },
};

describe.each(["en", "tr"] as const)("FAQ menu template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = faqMenu.build(locale);
  const rows = x.menu.sections.flatMap((s) => s.rows);

  it("golden: menu, an answer, another question, then a person; the agent closes it", () => {
    const c = new Conversation(flow);
    expect(c.say(x.keyword).outbox).toEqual([x.menu]);
    expect(c.pick("shipping_costs", rows[1]?.title).outbox).toEqual([
      { type: "text", text: x.shipping },
      x.anythingElse,
    ]);
    expect(c.tap("more", x.anythingElse.buttons[0]?.title).outbox).toEqual([x.menu]);

    const handoff = c.pick("human", rows[6]?.title);
    expect(handoff.outbox).toEqual([{ type: "text", text: x.handoff }]);
    expect(effectsOf(handoff, "handoff")).toEqual([
      { type: "handoff", message: x.handoff, team: "support", note: x.note, via: "node" },
    ]);
    expect(c.session?.status).toBe("handoff");
    // While a person has the chat, the bot stays silent.
    expect(c.say("hello?").outbox).toEqual([]);

    expect(c.input({ type: "agent_resolved" }).outbox).toEqual([]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed", variables: {} });
  });

  it("answers every topic under its own title and says goodbye", () => {
    for (const row of rows.slice(0, 6)) {
      const c = new Conversation(flow);
      c.say(x.keyword);
      const answer = c.pick(row.id, row.title);
      expect(answer.outbox).toHaveLength(2);
      expect(answer.outbox[0]).toMatchObject({ type: "text" });
      expect(answer.outbox[0]?.type === "text" && answer.outbox[0].text).toContain(
        `*${row.title}*`,
      );
      expect(answer.outbox[1]).toEqual(x.anythingElse);
      expect(c.tap("done", x.anythingElse.buttons[1]?.title).outbox).toEqual([
        { type: "text", text: x.bye },
      ]);
      expect(c.session?.endedReason).toBe("completed");
    }
  });

  it("hands over on the language's agent keyword, anywhere in the menu", () => {
    const c = new Conversation(flow);
    c.say(x.keyword);
    expect(c.say(x.agentWord).outbox).toEqual([{ type: "text", text: x.keywordHandoff }]);
    expect(c.session?.status).toBe("handoff");
  });
});
