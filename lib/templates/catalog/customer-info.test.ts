import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { customerInfo } from "./customer-info";

const EXPECTED = {
  en: {
    keyword: "My details",
    menu: {
      type: "list",
      body: "👤 *Your details*\n\nWhat would you like to update?",
      buttonLabel: "Choose",
      sections: [
        {
          rows: [
            { id: "name", title: "Name", description: "How we address you" },
            {
              id: "email",
              title: "E-mail address",
              description: "For order confirmations and invoices",
            },
            { id: "phone", title: "Phone number", description: "For delivery updates" },
            { id: "address", title: "Delivery address", description: "Where we send your orders" },
            { id: "birthday", title: "Birthday 🎂", description: "Get a treat on your birthday" },
            {
              id: "marketing",
              title: "Offers on WhatsApp",
              description: "Turn marketing messages on or off",
            },
          ],
        },
      ],
    },
    contact: { name: "Sam de Vries", email: "sam@old.example", tags: [], fields: {} },
    askEmail: "Your e-mail address is currently *sam@old.example*. Please send the new one ✉️",
    emailRetry: "Please send a valid e-mail address.",
    email: "sam.devries@example.com",
    saved: "✅ Saved, thank you!",
    more: {
      type: "buttons",
      body: "Would you like to update anything else?",
      buttons: [
        { id: "yes", title: "Yes, something else" },
        { id: "no", title: "No, that's all" },
      ],
    },
    askPhone: "Your phone number is currently *not set*. Which number can we reach you on? 📞",
    phone: "06 12345678",
    e164: "+31612345678",
    askBirthday:
      "When is your birthday? 🎂 We'd love to surprise you with a treat! (e.g. 31.12.1990)",
    askMarketing: {
      type: "buttons",
      body: "Would you like to receive offers, new arrivals and discount codes from us on WhatsApp? 🎁",
      buttons: [
        { id: "yes", title: "Yes" },
        { id: "no", title: "No" },
      ],
    },
    bye: "Thank you for keeping your details up to date! 💚",
    askAddress:
      "Your delivery address is currently:\n*not set*\n\nPlease send the new address in one message: street and number, postcode and city 🏠",
    notSaved: "Sorry, I couldn't save that 🙈",
  },
  tr: {
    keyword: "Bilgilerimi güncelle",
    menu: {
      type: "list",
      body: "👤 *Bilgileriniz*\n\nHangi bilginizi güncellemek istersiniz?",
      buttonLabel: "Bilgi seçin",
      sections: [
        {
          rows: [
            { id: "name", title: "Ad soyad", description: "Size nasıl hitap edelim?" },
            {
              id: "email",
              title: "E-posta adresi",
              description: "Sipariş onayları ve faturalar için",
            },
            { id: "phone", title: "Telefon numarası", description: "Teslimat bildirimleri için" },
            {
              id: "address",
              title: "Teslimat adresi",
              description: "Siparişlerinizi gönderdiğimiz adres",
            },
            {
              id: "birthday",
              title: "Doğum günü 🎂",
              description: "Doğum gününüzde size sürprizimiz var",
            },
            {
              id: "marketing",
              title: "WhatsApp kampanyaları",
              description: "Kampanya mesajlarını açın ya da kapatın",
            },
          ],
        },
      ],
    },
    contact: { name: "Ayşe Yılmaz", email: "ayse@eski.example", tags: [], fields: {} },
    askEmail: "Kayıtlı e-posta adresiniz: *ayse@eski.example*. Lütfen yeni adresinizi gönderin ✉️",
    emailRetry: "Lütfen geçerli bir e-posta adresi gönderin.",
    email: "ayse.yilmaz@example.com",
    saved: "✅ Kaydettim, teşekkürler!",
    more: {
      type: "buttons",
      body: "Başka bir bilginizi güncellemek ister misiniz?",
      buttons: [
        { id: "yes", title: "Evet, başka bilgi" },
        { id: "no", title: "Hayır, bu kadar" },
      ],
    },
    askPhone: "Kayıtlı telefon numaranız: *kayıtlı değil*. Size hangi numaradan ulaşalım? 📞",
    phone: "0532 123 45 67",
    e164: "+905321234567",
    askBirthday:
      "Doğum gününüz ne zaman? 🎂 O gün size küçük bir sürprizimiz olsun! (örneğin 31.12.1990)",
    askMarketing: {
      type: "buttons",
      body: "Kampanyaları, yeni ürünleri ve indirim kodlarını WhatsApp'tan almak ister misiniz? 🎁",
      buttons: [
        { id: "yes", title: "Evet" },
        { id: "no", title: "Hayır" },
      ],
    },
    bye: "Bilgilerinizi güncel tuttuğunuz için teşekkürler! 💚",
    askAddress:
      "Kayıtlı teslimat adresiniz:\n*kayıtlı değil*\n\nLütfen yeni adresinizi tek mesajda gönderin: mahalle, cadde/sokak, bina ve daire no, ilçe ve il 🏠",
    notSaved: "Kusura bakmayın, bunu kaydedemedim 🙈",
  },
};

describe.each(["en", "tr"] as const)("customer info template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = customerInfo.build(locale);
  const text = (t: string) => ({ type: "text", text: t });
  const rows = x.menu.sections[0]?.rows ?? [];
  const title = (id: string) => rows.find((r) => r.id === id)?.title;
  const update = (fields: object) => ({
    type: "contact_update",
    removeTags: [],
    addTags: [],
    ...fields,
  });

  it("golden: e-mail, phone, birthday and opting out of offers, all saved on the contact", () => {
    const c = new Conversation(flow);
    c.contact = x.contact;
    expect(c.say(x.keyword).outbox).toEqual([x.menu]);

    expect(c.pick("email", title("email")).outbox).toEqual([text(x.askEmail)]);
    expect(c.say("not an address").outbox).toEqual([text(x.emailRetry)]);
    const email = c.say(x.email);
    expect(email.outbox).toEqual([text(x.saved), x.more]);
    expect(effectsOf(email, "contact_update")).toEqual([update({ patch: { email: x.email } })]);

    expect(c.tap("yes", x.more.buttons[0]?.title).outbox).toEqual([x.menu]);
    expect(c.pick("phone", title("phone")).outbox).toEqual([text(x.askPhone)]);
    expect(effectsOf(c.say(x.phone), "contact_update")).toEqual([
      update({ patch: { phone: x.e164 } }),
    ]);

    c.tap("yes", x.more.buttons[0]?.title);
    expect(c.pick("birthday", title("birthday")).outbox).toEqual([text(x.askBirthday)]);
    expect(effectsOf(c.say("21.05.1990"), "contact_update")).toEqual([
      update({ patch: { fields: { birthday: "1990-05-21" } } }),
    ]);

    c.tap("yes", x.more.buttons[0]?.title);
    expect(c.pick("marketing", title("marketing")).outbox).toEqual([x.askMarketing]);
    const optOut = c.tap("no", x.askMarketing.buttons[1]?.title);
    expect(optOut.outbox).toEqual([text(x.saved), x.more]);
    expect(effectsOf(optOut, "contact_update")).toEqual([update({ patch: {}, optIn: false })]);

    expect(c.tap("no", x.more.buttons[1]?.title).outbox).toEqual([text(x.bye)]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      contact: {
        patch: { email: x.email, phone: x.e164, fields: { birthday: "1990-05-21" } },
        optIn: false,
      },
      variables: { new_email: x.email, new_phone: x.e164, birthday: "1990-05-21" },
    });
  });

  it("opts in, and owns up when an answer cannot be used three times", () => {
    const c = new Conversation(flow);
    c.say(x.keyword);
    c.pick("marketing", title("marketing"));
    expect(effectsOf(c.tap("yes", x.askMarketing.buttons[0]?.title), "contact_update")).toEqual([
      update({ patch: {}, optIn: true }),
    ]);
    c.tap("yes", x.more.buttons[0]?.title);
    expect(c.pick("address", title("address")).outbox).toEqual([text(x.askAddress)]);
    c.say("Here");
    c.say("There");
    expect(c.say("?").outbox).toEqual([text(x.notSaved), x.more]);
  });
});
