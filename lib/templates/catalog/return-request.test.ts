import { describe, expect, it } from "vitest";
import type { AdvanceResult } from "@/lib/flow";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { returnRequest } from "./return-request";

const EXPECTED = {
  en: {
    keyword: "Refund",
    ask: "↩️ Sorry to hear something isn't right! Let's sort out your return.\n\nWhat's your *order number*? You'll find it in your order confirmation e-mail.",
    reasons: {
      type: "list",
      body: "What's the reason for the return?",
      buttonLabel: "Choose a reason",
      sections: [
        {
          rows: [
            {
              id: "wrong_size",
              title: "Wrong size or fit",
              description: "Too big, too small or not the right fit",
            },
            {
              id: "damaged",
              title: "Damaged or faulty",
              description: "Arrived broken or doesn't work",
            },
            {
              id: "not_as_expected",
              title: "Not as expected",
              description: "Looks different from the photos",
            },
            { id: "changed_mind", title: "Changed my mind", description: "I no longer want it" },
          ],
        },
      ],
    },
    askPhoto:
      "We're really sorry about that 😔 Please send a *photo* of the damage so we can sort it out quickly. (No photo at hand? Type *skip*.)",
    photoRetry: "Please send a photo of the damage, or type *skip*.",
    skip: "Skip",
    exchange: {
      type: "buttons",
      body: "Would you like to *exchange* the item (another size or product) instead of getting a refund?",
      buttons: [
        { id: "yes", title: "Yes" },
        { id: "no", title: "No" },
      ],
    },
    no: "no",
    registered:
      "✅ Your return *R-5531* is registered!\n\n1️⃣ Download and print the return label\n2️⃣ Pack the item in its original packaging\n3️⃣ Drop the parcel at a pick-up point within *14 days*\n\nAs soon as it arrives, we'll process your exchange or refund within 5 working days.",
    label: "Return label",
    done: "Thank you! We'll keep you posted about your return here on WhatsApp 💚",
    failed:
      "Sorry, I couldn't register your return automatically 🙈 I'm passing you to our team — they have all your details, so you won't need to repeat anything.",
    failedNote: "Return for order 100234: wrong_size, exchange: false.",
  },
  tr: {
    keyword: "İade",
    ask: "↩️ Bir sorun olduğunu duyduğumuza üzüldük! İade işleminizi hemen başlatalım.\n\n*Sipariş numaranız* nedir? Sipariş onay e-postanızda bulabilirsiniz.",
    reasons: {
      type: "list",
      body: "İade nedeniniz nedir?",
      buttonLabel: "Neden seçin",
      sections: [
        {
          rows: [
            {
              id: "wrong_size",
              title: "Beden/ölçü uymadı",
              description: "Büyük, küçük ya da kalıbı uygun değil",
            },
            {
              id: "damaged",
              title: "Hasarlı veya kusurlu",
              description: "Kırık geldi ya da çalışmıyor",
            },
            {
              id: "not_as_expected",
              title: "Beklediğim gibi değil",
              description: "Fotoğraflardakinden farklı görünüyor",
            },
            { id: "changed_mind", title: "Vazgeçtim", description: "Artık istemiyorum" },
          ],
        },
      ],
    },
    askPhoto:
      "Bunun için çok üzgünüz 😔 Hızlıca çözebilmemiz için lütfen hasarın bir *fotoğrafını* gönderin. (Şu an fotoğraf yoksa *geç* yazın.)",
    photoRetry: "Lütfen hasarın fotoğrafını gönderin ya da *geç* yazın.",
    skip: "Geç",
    exchange: {
      type: "buttons",
      body: "Para iadesi yerine ürünü *değiştirmek* (farklı beden ya da ürün) ister misiniz?",
      buttons: [
        { id: "yes", title: "Evet" },
        { id: "no", title: "Hayır" },
      ],
    },
    no: "hayır",
    registered:
      "✅ *R-5531* numaralı iade talebiniz oluşturuldu!\n\n1️⃣ İade etiketini indirip yazdırın\n2️⃣ Ürünü orijinal ambalajıyla paketleyin\n3️⃣ Paketi *14 gün* içinde kargo şubesine teslim edin\n\nÜrün bize ulaştığında değişim ya da para iadenizi 5 iş günü içinde tamamlıyoruz.",
    label: "İade etiketi",
    done: "Teşekkür ederiz! İadenizle ilgili gelişmeleri buradan, WhatsApp'tan bildireceğiz 💚",
    failed:
      "Kusura bakmayın, iade talebinizi otomatik olarak oluşturamadım 🙈 Sizi ekibimize aktarıyorum; tüm bilgileriniz onlarda, hiçbir şeyi tekrar anlatmanıza gerek yok.",
    failedNote: "100234 numaralı sipariş için iade: wrong_size, değişim: false.",
  },
};

const LABEL_URL = "https://shop.example.com/returns/R-5531/label.pdf";
const PHOTO = { kind: "image", mediaId: "media-77", mimeType: "image/jpeg" };

function requestBody(result: AdvanceResult): unknown {
  const [request] = effectsOf(result, "http_request");
  expect(request).toMatchObject({
    method: "POST",
    url: "https://shop.example.com/api/returns",
    headers: {
      Authorization: "Bearer YOUR_SHOP_API_TOKEN",
      "Content-Type": "application/json",
    },
  });
  return JSON.parse(request?.body ?? "null");
}

describe.each(["en", "tr"] as const)("return request template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = returnRequest.build(locale);
  const text = (t: string) => ({ type: "text", text: t });
  const rows = x.reasons.sections[0]?.rows ?? [];

  function conversation() {
    const c = new Conversation(flow);
    c.contact = { phone: "+905321234567", tags: [], fields: {} };
    expect(c.say(x.keyword).outbox).toEqual([text(x.ask)]);
    expect(c.say("100234").outbox).toEqual([x.reasons]);
    return c;
  }

  it("golden: damaged item with a photo, exchange wanted, label from the shop", () => {
    const c = conversation();
    expect(c.pick("damaged", rows[1]?.title).outbox).toEqual([text(x.askPhoto)]);
    expect(c.say("it is broken").outbox).toEqual([text(x.photoRetry)]);
    expect(
      c.message({ kind: "media", mediaKind: "image", mediaId: "media-77", mimeType: "image/jpeg" })
        .outbox,
    ).toEqual([x.exchange]);

    const register = c.tap("yes", x.exchange.buttons[0]?.title);
    expect(register.outbox).toEqual([]);
    expect(requestBody(register)).toEqual({
      order_number: "100234",
      reason: "damaged",
      exchange: true,
      photo: PHOTO,
      customer_phone: "+905321234567",
    });
    expect(
      c.resolve({
        status: "success",
        httpStatus: 201,
        data: { return_id: "R-5531", label_url: LABEL_URL },
      }).outbox,
    ).toEqual([
      { type: "cta_url", body: x.registered, label: x.label, url: LABEL_URL },
      text(x.done),
    ]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: {
        order_number: "100234",
        return_reason: "damaged",
        damage_photo: PHOTO,
        wants_exchange: true,
        return_id: "R-5531",
        label_url: LABEL_URL,
      },
    });
  });

  it("skips the photo for a size problem and hands a failed registration to the returns team", () => {
    const c = conversation();
    expect(c.pick("wrong_size", rows[0]?.title).outbox).toEqual([x.exchange]);
    const register = c.say(x.no);
    expect(requestBody(register)).toEqual({
      order_number: "100234",
      reason: "wrong_size",
      exchange: false,
      photo: null,
      customer_phone: "+905321234567",
    });
    const failed = c.resolve({ status: "error", httpStatus: 500 });
    expect(failed.outbox).toEqual([text(x.failed)]);
    expect(effectsOf(failed, "handoff")).toEqual([
      { type: "handoff", message: x.failed, team: "returns", note: x.failedNote, via: "node" },
    ]);
    expect(c.session?.status).toBe("handoff");
  });

  it("lets a customer without a photo skip it", () => {
    const c = conversation();
    c.pick("damaged", rows[1]?.title);
    expect(c.say(x.skip).outbox).toEqual([x.exchange]);
    expect(c.session?.variables).not.toHaveProperty("damage_photo");
    expect(requestBody(c.tap("no", x.exchange.buttons[1]?.title))).toMatchObject({
      reason: "damaged",
      exchange: false,
      photo: null,
    });
  });
});
