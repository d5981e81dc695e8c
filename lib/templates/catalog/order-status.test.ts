import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { orderStatus } from "./order-status";

const EXPECTED = {
  en: {
    keyword: "Where is my order?",
    ask: "📦 Let's find your order! Please send me your *order number* — you'll find it in your order confirmation e-mail (e.g. 100234).",
    retry: "That doesn't look like an order number 🤔 Please send just the number, e.g. *100234*.",
    carrier: "PostNL",
    eta: "Friday 14 March",
    shipped:
      "🚚 Good news! Your order *#100234* is on its way with *PostNL*.\n\nTracking number: *3SABC123*\nExpected delivery: *Friday 14 March*",
    track: "Track my parcel",
    nextStep: {
      type: "buttons",
      body: "Is there anything else I can do for this order?",
      buttons: [
        { id: "change_address", title: "Change address" },
        { id: "agent", title: "Talk to us" },
        { id: "done", title: "All good, thanks" },
      ],
    },
    askAddress:
      "🏠 Please send the *full new delivery address* in one message: street and number, postcode and city.",
    addressRetry:
      "Please send the full address in one message, e.g. *Keizersgracht 123, 1015 CJ Amsterdam*.",
    address: "Keizersgracht 123, 1015 CJ Amsterdam",
    confirm: (address: string) => ({
      type: "buttons",
      body: `Please check your new address:\n\n${address}\n\nIs this correct?`,
      buttons: [
        { id: "yes", title: "Yes, that's right" },
        { id: "no", title: "No, let me fix it" },
      ],
    }),
    fixed: "Keizersgracht 125, 1015 CJ Amsterdam",
    addressFailed:
      "I couldn't change the address automatically — the parcel may already be on its way 📦 I'm passing you to our team, they'll sort it out with you.",
    addressFailedNote:
      "Address change for order 100234 failed. New address: Keizersgracht 125, 1015 CJ Amsterdam",
    processing:
      "⏳ We're preparing your order *#100234* right now. As soon as it ships, we'll e-mail you the tracking link.",
    addressChanged: "✅ Done! We'll deliver order *#100234* to your new address.",
    thanks: "Happy to help! Have a great day 😊",
    notFound: {
      type: "buttons",
      body: "Hmm, I couldn't find an order with the number *100243* 🤔 Could you check it and try again?",
      buttons: [
        { id: "retry", title: "Try again" },
        { id: "agent", title: "Talk to us" },
      ],
    },
    delivered:
      "✅ Your order *#100234* has been delivered. We hope you love it! 💚\n\nIf something isn't right, just type *agent* and our team will help you.",
    systemDown:
      "Sorry, our order system isn't answering right now 🙈 I'm passing you to our team so they can check it for you.",
    systemDownNote: "Order lookup failed for 100234 (HTTP no answer).",
  },
  tr: {
    keyword: "Kargom nerede?",
    ask: "📦 Siparişinizi hemen bulalım! Lütfen *sipariş numaranızı* gönderin; sipariş onay e-postanızda yer alıyor (örneğin 100234).",
    retry:
      "Bu bir sipariş numarasına benzemiyor 🤔 Lütfen yalnızca numarayı gönderin, örneğin *100234*.",
    carrier: "Yurtiçi Kargo",
    eta: "14 Mart Cuma",
    shipped:
      "🚚 Müjde! *#100234* numaralı siparişiniz *Yurtiçi Kargo* ile yola çıktı.\n\nTakip numarası: *3SABC123*\nTahmini teslimat: *14 Mart Cuma*",
    track: "Kargomu takip et",
    nextStep: {
      type: "buttons",
      body: "Bu siparişle ilgili başka bir konuda yardımcı olabilir miyim?",
      buttons: [
        { id: "change_address", title: "Adresi değiştir" },
        { id: "agent", title: "Temsilciye bağlan" },
        { id: "done", title: "Tamam, teşekkürler" },
      ],
    },
    askAddress:
      "🏠 Lütfen *yeni teslimat adresinizin tamamını* tek mesajda gönderin: mahalle, cadde/sokak, bina ve daire no, ilçe ve il.",
    addressRetry:
      "Lütfen adresin tamamını tek mesajda gönderin, örneğin *Caferağa Mah. Moda Cad. No: 12 D: 3, Kadıköy/İstanbul*.",
    address: "Caferağa Mah. Moda Cad. No: 12 D: 3, Kadıköy/İstanbul",
    confirm: (address: string) => ({
      type: "buttons",
      body: `Lütfen yeni adresinizi kontrol edin:\n\n${address}\n\nBu adres doğru mu?`,
      buttons: [
        { id: "yes", title: "Evet, doğru" },
        { id: "no", title: "Hayır, düzelteyim" },
      ],
    }),
    fixed: "Caferağa Mah. Moda Cad. No: 14 D: 3, Kadıköy/İstanbul",
    addressFailed:
      "Adresi otomatik olarak değiştiremedim; kargonuz yola çıkmış olabilir 📦 Sizi ekibimize aktarıyorum, sizinle birlikte çözecekler.",
    addressFailedNote:
      "100234 numaralı siparişin adres değişikliği yapılamadı. Yeni adres: Caferağa Mah. Moda Cad. No: 14 D: 3, Kadıköy/İstanbul",
    processing:
      "⏳ *#100234* numaralı siparişiniz şu anda hazırlanıyor. Kargoya verildiğinde takip bağlantısını e-posta ile göndereceğiz.",
    addressChanged: "✅ Tamamdır! *#100234* numaralı siparişinizi yeni adresinize teslim edeceğiz.",
    thanks: "Yardımcı olabildiysem ne mutlu! İyi günler dilerim 😊",
    notFound: {
      type: "buttons",
      body: "Hmm, *100243* numaralı bir sipariş bulamadım 🤔 Numarayı kontrol edip tekrar dener misiniz?",
      buttons: [
        { id: "retry", title: "Tekrar dene" },
        { id: "agent", title: "Temsilciye bağlan" },
      ],
    },
    delivered:
      "✅ *#100234* numaralı siparişiniz teslim edildi. Güle güle kullanın! 💚\n\nBir sorun varsa *temsilci* yazmanız yeterli, ekibimiz hemen yardımcı olsun.",
    systemDown:
      "Kusura bakmayın, sipariş sistemimiz şu anda yanıt vermiyor 🙈 Sizi ekibimize aktarıyorum, siparişinizi onlar kontrol edecek.",
    systemDownNote: "100234 numaralı sipariş sorgulanamadı (HTTP yanıt yok).",
  },
};

const AUTH = { Authorization: "Bearer YOUR_SHOP_API_TOKEN" };

describe.each(["en", "tr"] as const)("order status template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = orderStatus.build(locale);
  const text = (t: string) => ({ type: "text", text: t });

  it("golden: looks the order up, shows tracking, and an address change the shop refuses goes to a person", () => {
    const c = new Conversation(flow);
    expect(c.say(x.keyword).outbox).toEqual([text(x.ask)]);
    expect(c.say("12").outbox).toEqual([text(x.retry)]);

    const lookup = c.say("100234");
    expect(lookup.outbox).toEqual([]);
    expect(effectsOf(lookup, "http_request")).toEqual([
      expect.objectContaining({
        method: "GET",
        url: "https://shop.example.com/api/orders/100234",
        headers: AUTH,
        timeoutMs: 8000,
      }),
    ]);
    const found = c.resolve({
      status: "success",
      httpStatus: 200,
      data: {
        status: "shipped",
        carrier: x.carrier,
        tracking_number: "3SABC123",
        tracking_url: "https://track.example.com/3SABC123",
        estimated_delivery: "2025-03-14",
      },
    });
    expect(found.outbox).toEqual([
      {
        type: "cta_url",
        body: x.shipped,
        label: x.track,
        url: "https://track.example.com/3SABC123",
      },
      x.nextStep,
    ]);

    expect(c.tap("change_address", x.nextStep.buttons[0]?.title).outbox).toEqual([
      text(x.askAddress),
    ]);
    expect(c.say("Amsterdam").outbox).toEqual([text(x.addressRetry)]);
    expect(c.say(x.address).outbox).toEqual([x.confirm(x.address)]);
    expect(c.tap("no", x.confirm(x.address).buttons[1]?.title).outbox).toEqual([
      text(x.askAddress),
    ]);
    expect(c.say(x.fixed).outbox).toEqual([x.confirm(x.fixed)]);

    const update = c.tap("yes", x.confirm(x.fixed).buttons[0]?.title);
    expect(update.outbox).toEqual([]);
    expect(effectsOf(update, "http_request")).toEqual([
      expect.objectContaining({
        method: "PATCH",
        url: "https://shop.example.com/api/orders/100234/address",
        body: JSON.stringify({ address: x.fixed }),
        headers: { ...AUTH, "Content-Type": "application/json" },
      }),
    ]);
    const refused = c.resolve({ status: "error", httpStatus: 409 });
    expect(refused.outbox).toEqual([text(x.addressFailed)]);
    expect(effectsOf(refused, "handoff")).toEqual([
      {
        type: "handoff",
        message: x.addressFailed,
        team: "support",
        note: x.addressFailedNote,
        via: "node",
      },
    ]);
    expect(c.session).toMatchObject({
      status: "handoff",
      variables: {
        order_number: "100234",
        order_status: "shipped",
        carrier: x.carrier,
        delivery_date_text: x.eta,
        new_address: x.fixed,
        lookup_status: 200,
      },
    });
  });

  it("reassures while the order is prepared and changes the address", () => {
    const c = new Conversation(flow);
    c.say(x.keyword);
    c.say("100234");
    expect(
      c.resolve({ status: "success", httpStatus: 200, data: { status: "processing" } }).outbox,
    ).toEqual([text(x.processing), x.nextStep]);
    c.tap("change_address", x.nextStep.buttons[0]?.title);
    c.say(x.address);
    c.tap("yes", x.confirm(x.address).buttons[0]?.title);
    expect(c.resolve({ status: "success", httpStatus: 204 }).outbox).toEqual([
      text(x.addressChanged),
    ]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed" });
  });

  it("lets the customer fix a wrong number, and ends a delivered order with a kind word", () => {
    const c = new Conversation(flow);
    c.say(x.keyword);
    c.say("100243");
    expect(c.resolve({ status: "error", httpStatus: 404 }).outbox).toEqual([x.notFound]);
    expect(c.tap("retry", x.notFound.buttons[0]?.title).outbox).toEqual([text(x.ask)]);
    c.say("100234");
    expect(
      c.resolve({ status: "success", httpStatus: 200, data: { status: "delivered" } }).outbox,
    ).toEqual([text(x.delivered)]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed" });
  });

  it("hands over when the shop does not answer, and closes politely when all is good", () => {
    const down = new Conversation(flow);
    down.say(x.keyword);
    down.say("100234");
    const failed = down.resolve({ status: "error", message: "timeout" });
    expect(failed.outbox).toEqual([text(x.systemDown)]);
    expect(effectsOf(failed, "handoff")[0]?.note).toBe(x.systemDownNote);

    const fine = new Conversation(flow);
    fine.say(x.keyword);
    fine.say("100234");
    fine.resolve({ status: "success", httpStatus: 200, data: { status: "paid" } });
    expect(fine.tap("done", x.nextStep.buttons[2]?.title).outbox).toEqual([text(x.thanks)]);
    expect(fine.session?.endedReason).toBe("completed");
  });
});
