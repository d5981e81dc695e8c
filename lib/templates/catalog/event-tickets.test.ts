import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { eventTickets } from "./event-tickets";

const POSTER = "https://shop.example.com/images/event-poster.jpg";
const PAY_URL = "https://pay.example.com/c/T-0042";

const EXPECTED = {
  en: {
    keyword: "Tickets",
    caption:
      "🎶 *Summer Night Concert*\n📅 Saturday 14 June, 20:00\n📍 Example Hall, Amsterdam\n\nTickets are selling fast — get yours right here on WhatsApp!",
    choose: {
      type: "buttons",
      body: "Which ticket would you like?",
      footer: "VIP: front rows, welcome drink and merch",
      buttons: [
        { id: "standard", title: "Standard · €35" },
        { id: "vip", title: "VIP · €79" },
        { id: "question", title: "I have a question" },
      ],
    },
    askVip: "How many *VIP* tickets would you like? (1–10)",
    askStandard: "How many *Standard* tickets would you like? (1–10)",
    quantityRetry: "Please send a number between 1 and 10.",
    summary: (quantity: number, ticket: string, total: number) => ({
      type: "buttons",
      body: `🧾 *Your order*\n\n${quantity} × ${ticket} ticket — Summer Night Concert\nTotal: *€${total}*\n\nShall I create your payment link?`,
      buttons: [
        { id: "pay", title: "Yes, pay now" },
        { id: "change", title: "Change order" },
        { id: "cancel", title: "Cancel" },
      ],
    }),
    vip: "VIP",
    standard: "Standard",
    vipTotal: 158,
    standardTotal: 105,
    askEmail: "Where should we send your tickets? Please type your *e-mail address* ✉️",
    payment:
      "Almost done! 🎉 Tap below to pay *€105* securely. Your tickets arrive at sam@example.com right after payment.\n\nThe payment link is valid for 30 minutes.",
    footer: "Order T-0042",
    payButton: "Pay securely",
    done: "See you at Summer Night Concert! 🎶",
    cancelled:
      "No problem, nothing has been booked. Type *tickets* whenever you change your mind 🎟️",
    failed:
      "Sorry, I couldn't create your payment link just now 🙈 I'm passing you to our team so they can finish your order.",
    failedNote: "Ticket order: 3 × Standard, total €105, e-mail sam@example.com.",
  },
  tr: {
    keyword: "Bilet al",
    caption:
      "🎶 *Yaz Gecesi Konseri*\n📅 14 Haziran Cumartesi, 20.00\n📍 Örnek Sahne, İstanbul\n\nBiletler hızla tükeniyor; siz de yerinizi hemen buradan, WhatsApp'tan ayırtın!",
    choose: {
      type: "buttons",
      body: "Hangi bileti almak istersiniz?",
      footer: "VIP: ön sıralar, karşılama içeceği ve hediye",
      buttons: [
        { id: "standard", title: "Standart · 450 TL" },
        { id: "vip", title: "VIP · 1.200 TL" },
        { id: "question", title: "Bir sorum var" },
      ],
    },
    askVip: "Kaç adet *VIP* bilet istersiniz? (1-10)",
    askStandard: "Kaç adet *Standart* bilet istersiniz? (1-10)",
    quantityRetry: "Lütfen 1 ile 10 arasında bir sayı gönderin.",
    summary: (quantity: number, ticket: string, total: number) => ({
      type: "buttons",
      body: `🧾 *Siparişiniz*\n\n${quantity} × ${ticket} bilet — Yaz Gecesi Konseri\nToplam: *${total} TL*\n\nÖdeme linkinizi oluşturayım mı?`,
      buttons: [
        { id: "pay", title: "Evet, öde" },
        { id: "change", title: "Siparişi değiştir" },
        { id: "cancel", title: "Vazgeç" },
      ],
    }),
    vip: "VIP",
    standard: "Standart",
    vipTotal: 2400,
    standardTotal: 1350,
    askEmail: "Biletlerinizi nereye gönderelim? Lütfen *e-posta adresinizi* yazın ✉️",
    payment:
      "Neredeyse bitti! 🎉 *1350 TL* tutarındaki ödemenizi güvenle yapmak için aşağıya dokunun. Biletleriniz ödemenin hemen ardından sam@example.com adresine gönderilecek.\n\nÖdeme linki 30 dakika geçerlidir.",
    footer: "Sipariş no: T-0042",
    payButton: "Güvenle öde",
    done: "Yaz Gecesi Konseri etkinliğinde görüşmek üzere! 🎶",
    cancelled:
      "Sorun değil, hiçbir rezervasyon yapılmadı. Fikrinizi değiştirirseniz *bilet* yazmanız yeterli 🎟️",
    failed:
      "Kusura bakmayın, ödeme linkinizi şu an oluşturamadım 🙈 Siparişinizi tamamlamaları için sizi ekibimize aktarıyorum.",
    failedNote: "Bilet siparişi: 3 × Standart, toplam 1350 TL, e-posta sam@example.com.",
  },
};

describe.each(["en", "tr"] as const)("event tickets template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = eventTickets.build(locale);
  const text = (t: string) => ({ type: "text", text: t });
  const [standard, vip] = x.choose.buttons;

  const [pay, change, cancel] = x.summary(1, "", 0).buttons;

  function start() {
    const c = new Conversation(flow);
    c.contact = { phone: "+31612345678", tags: [], fields: {} };
    expect(c.say(x.keyword).outbox).toEqual([
      { type: "media", mediaKind: "image", url: POSTER, caption: x.caption },
      x.choose,
    ]);
    return c;
  }

  it("golden: VIP, then changed to three standard tickets, paid through the shop's link", () => {
    const c = start();
    expect(c.tap("vip", vip?.title).outbox).toEqual([text(x.askVip)]);
    expect(c.say("12").outbox).toEqual([text(x.quantityRetry)]);
    expect(c.say("2").outbox).toEqual([x.summary(2, x.vip, x.vipTotal)]);
    expect(c.tap("change", change?.title).outbox).toEqual([x.choose]);
    expect(c.tap("standard", standard?.title).outbox).toEqual([text(x.askStandard)]);
    expect(c.say("3").outbox).toEqual([x.summary(3, x.standard, x.standardTotal)]);
    expect(c.tap("pay", pay?.title).outbox).toEqual([text(x.askEmail)]);

    const order = c.say("sam@example.com");
    expect(order.outbox).toEqual([]);
    const [request] = effectsOf(order, "http_request");
    expect(request).toMatchObject({
      method: "POST",
      url: "https://shop.example.com/api/ticket-orders",
    });
    expect(JSON.parse(request?.body ?? "null")).toEqual({
      event: locale === "tr" ? "Yaz Gecesi Konseri" : "Summer Night Concert",
      ticket_type: "standard",
      quantity: 3,
      total: x.standardTotal,
      email: "sam@example.com",
      customer_phone: "+31612345678",
    });

    expect(
      c.resolve({
        status: "success",
        httpStatus: 201,
        data: { order_id: "T-0042", payment_url: PAY_URL },
      }).outbox,
    ).toEqual([
      { type: "cta_url", body: x.payment, footer: x.footer, label: x.payButton, url: PAY_URL },
      text(x.done),
    ]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: {
        ticket_type: "standard",
        ticket_name: x.standard,
        quantity: 3,
        total: x.standardTotal,
        ticket_order_id: "T-0042",
        payment_url: PAY_URL,
      },
    });
  });

  it("books nothing on cancel, and hands a failed order to the ticket team", () => {
    const cancelled = start();
    cancelled.tap("standard", standard?.title);
    cancelled.say("3");
    expect(cancelled.tap("cancel", cancel?.title).outbox).toEqual([text(x.cancelled)]);
    expect(cancelled.history.flatMap((r) => effectsOf(r, "http_request"))).toEqual([]);

    const failed = start();
    failed.tap("standard", standard?.title);
    failed.say("3");
    failed.tap("pay", pay?.title);
    failed.say("sam@example.com");
    const handoff = failed.resolve({ status: "error", httpStatus: 500 });
    expect(handoff.outbox).toEqual([text(x.failed)]);
    expect(effectsOf(handoff, "handoff")).toEqual([
      { type: "handoff", message: x.failed, team: "tickets", note: x.failedNote, via: "node" },
    ]);
  });
});
