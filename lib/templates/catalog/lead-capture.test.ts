import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { leadCapture } from "./lead-capture";

const EXPECTED = {
  en: {
    hello: "Hi",
    welcome:
      "👋 Hi Sam, welcome to *Example Shop*!\n\nJoin our WhatsApp list and get *10% off* your first order 🎁 Shall we send you your welcome code?",
    unnamed:
      "👋 Hi there, welcome to *Example Shop*!\n\nJoin our WhatsApp list and get *10% off* your first order 🎁 Shall we send you your welcome code?",
    footer: "Unsubscribe anytime by typing STOP",
    yes: "Yes, please! 🎁",
    no: "No, thanks",
    askEmail:
      "Lovely! 💌 What's your e-mail address? We'll send your code there too, so it can't get lost.",
    retry:
      "Hmm, that doesn't look like an e-mail address 🤔 Please check it, for example *name@example.com*.",
    code: /^WELCOME10-[A-Z0-9]{4}$/,
    sent: (code: string) =>
      `🎉 Welcome to the family! Here's your code:\n\n*${code}*\n\nUse it at checkout for *10% off* your first order. It's valid for 14 days.`,
    shop: "Start shopping",
    notNow: "No problem! If you change your mind, just send us a message 😊",
    failed:
      "Sorry, we still couldn't read that e-mail address 🙈 Send us a message whenever you'd like to try again.",
  },
  tr: {
    hello: "Merhaba",
    welcome:
      "👋 Merhaba, *Örnek Mağaza* ailesine hoş geldiniz!\n\nWhatsApp listemize katılın, ilk siparişinizde *%10 indirim* kazanın 🎁 Hoş geldin kodunuzu gönderelim mi?",
    unnamed:
      "👋 Merhaba, *Örnek Mağaza* ailesine hoş geldiniz!\n\nWhatsApp listemize katılın, ilk siparişinizde *%10 indirim* kazanın 🎁 Hoş geldin kodunuzu gönderelim mi?",
    footer: "DUR yazarak istediğiniz zaman ayrılabilirsiniz",
    yes: "Evet, gönderin 🎁",
    no: "Hayır, teşekkürler",
    askEmail:
      "Harika! 💌 E-posta adresinizi paylaşır mısınız? Kodunuzu oraya da gönderelim, kaybolmasın.",
    retry:
      "Hmm, bu bir e-posta adresine benzemiyor 🤔 Lütfen kontrol edin, örneğin *ad@ornek.com*.",
    code: /^HOSGELDIN10-[A-Z0-9]{4}$/,
    sent: (code: string) =>
      `🎉 Aramıza hoş geldiniz! İşte kodunuz:\n\n*${code}*\n\nİlk siparişinizde ödeme adımında kullanın, *%10 indirim* kazanın. Kod 14 gün geçerlidir.`,
    shop: "Alışverişe başla",
    notNow: "Sorun değil! Fikrinizi değiştirirseniz bize yazmanız yeterli 😊",
    failed:
      "Kusura bakmayın, e-posta adresinizi yine okuyamadık 🙈 Tekrar denemek istediğinizde bize yazmanız yeterli.",
  },
};

describe.each(["en", "tr"] as const)("lead capture template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = leadCapture.build(locale);
  const welcome = {
    type: "buttons",
    body: x.welcome,
    footer: x.footer,
    buttons: [
      { id: "yes", title: x.yes },
      { id: "no", title: x.no },
    ],
  };

  it("golden: welcome, yes, a mistyped e-mail, then the code with a shop link", () => {
    const c = new Conversation(flow);
    c.contact = { name: "Sam", tags: [], fields: {} };
    // The English greeting names the customer; the Turkish one greets the shop's "family".
    expect(c.say(x.hello).outbox).toEqual([welcome]);
    expect(c.session?.status).toBe("waiting");

    expect(c.tap("yes", x.yes).outbox).toEqual([{ type: "text", text: x.askEmail }]);
    expect(c.say("sam at example dot com").outbox).toEqual([{ type: "text", text: x.retry }]);

    const done = c.say("sam@example.com");
    const code = c.session?.variables.welcome_code;
    expect(typeof code === "string" && x.code.test(code)).toBe(true);
    expect(done.outbox).toEqual([
      {
        type: "cta_url",
        body: x.sent(String(code)),
        label: x.shop,
        url: "https://shop.example.com/?utm_source=whatsapp&utm_campaign=welcome",
      },
    ]);
    expect(effectsOf(done, "contact_update")).toEqual([
      {
        type: "contact_update",
        patch: { email: "sam@example.com" },
        addTags: ["whatsapp_lead", "welcome_discount"],
        removeTags: [],
        optIn: true,
      },
    ]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      variables: {
        shop_name: locale === "tr" ? "Örnek Mağaza" : "Example Shop",
        email: "sam@example.com",
        welcome_code: code,
      },
      contact: { patch: { email: "sam@example.com" }, optIn: true },
    });
  });

  it("greets an unnamed customer warmly and takes a no politely, without touching the contact", () => {
    const c = new Conversation(flow);
    expect(c.say(x.hello).outbox[0]).toMatchObject({ type: "buttons", body: x.unnamed });
    const result = c.tap("no", x.no);
    expect(result.outbox).toEqual([{ type: "text", text: x.notNow }]);
    expect(effectsOf(result, "contact_update")).toEqual([]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed" });
  });

  it("re-asks with the buttons, and gives up after three unusable e-mail addresses", () => {
    const c = new Conversation(flow);
    c.contact = { name: "Sam", tags: [], fields: {} };
    c.say(x.hello);
    expect(c.say("?").outbox).toEqual([
      { type: "text", text: flow.settings.fallbackMessage },
      welcome,
    ]);
    c.tap("yes", x.yes);
    expect(c.say("no").outbox).toEqual([{ type: "text", text: x.retry }]);
    expect(c.say("still no").outbox).toEqual([{ type: "text", text: x.retry }]);
    expect(c.say("never").outbox).toEqual([{ type: "text", text: x.failed }]);
    expect(c.session).toMatchObject({
      status: "ended",
      endedReason: "completed",
      contact: { patch: {}, addTags: [], removeTags: [] },
    });
    expect(c.session?.contact.optIn).toBeUndefined();
  });
});
