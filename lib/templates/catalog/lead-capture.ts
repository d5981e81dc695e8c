import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

const en = {
  shopName: "Example Shop",
  shopNameHelp: "Your shop's name, as customers know it.",
  emailHelp: "The customer's e-mail address.",
  codeHelp: "The welcome discount code handed out.",
  welcome:
    "👋 Hi {{contact.name|there}}, welcome to *{{shop_name}}*!\n\nJoin our WhatsApp list and get *10% off* your first order 🎁 Shall we send you your welcome code?",
  welcomeFooter: "Unsubscribe anytime by typing STOP",
  yes: "Yes, please! 🎁",
  no: "No, thanks",
  askEmail:
    "Lovely! 💌 What's your e-mail address? We'll send your code there too, so it can't get lost.",
  emailRetry:
    "Hmm, that doesn't look like an e-mail address 🤔 Please check it, for example *name@example.com*.",
  codePattern: "WELCOME10-****",
  code: "🎉 Welcome to the family! Here's your code:\n\n*{{welcome_code}}*\n\nUse it at checkout for *10% off* your first order. It's valid for 14 days.",
  shop: "Start shopping",
  notNow: "No problem! If you change your mind, just send us a message 😊",
  emailFailed:
    "Sorry, we still couldn't read that e-mail address 🙈 Send us a message whenever you'd like to try again.",
};

const tr: typeof en = {
  shopName: "Örnek Mağaza",
  shopNameHelp: "Mağazanızın müşterilerin bildiği adı.",
  emailHelp: "Müşterinin e-posta adresi.",
  codeHelp: "Verilen hoş geldin indirim kodu.",
  welcome:
    "👋 Merhaba, *{{shop_name}}* ailesine hoş geldiniz!\n\nWhatsApp listemize katılın, ilk siparişinizde *%10 indirim* kazanın 🎁 Hoş geldin kodunuzu gönderelim mi?",
  welcomeFooter: "DUR yazarak istediğiniz zaman ayrılabilirsiniz",
  yes: "Evet, gönderin 🎁",
  no: "Hayır, teşekkürler",
  askEmail:
    "Harika! 💌 E-posta adresinizi paylaşır mısınız? Kodunuzu oraya da gönderelim, kaybolmasın.",
  emailRetry:
    "Hmm, bu bir e-posta adresine benzemiyor 🤔 Lütfen kontrol edin, örneğin *ad@ornek.com*.",
  codePattern: "HOSGELDIN10-****",
  code: "🎉 Aramıza hoş geldiniz! İşte kodunuz:\n\n*{{welcome_code}}*\n\nİlk siparişinizde ödeme adımında kullanın, *%10 indirim* kazanın. Kod 14 gün geçerlidir.",
  shop: "Alışverişe başla",
  notNow: "Sorun değil! Fikrinizi değiştirirseniz bize yazmanız yeterli 😊",
  emailFailed:
    "Kusura bakmayın, e-posta adresinizi yine okuyamadık 🙈 Tekrar denemek istediğinizde bize yazmanız yeterli.",
};

const COPY: Record<Locale, typeof en> = { en, tr };

/**
 * Anyone who writes gets a welcome offer; saying yes asks for an e-mail address, records the
 * marketing opt-in on the contact and hands out a code generated from a pattern.
 */
export const leadCapture: FlowTemplate<"lead-capture"> = {
  id: "lead-capture",
  category: "marketing",
  icon: "Magnet",
  name: { en: "Lead capture with a welcome discount", tr: "Hoş geldin indirimiyle abone toplama" },
  description: {
    en: "Greets anyone who writes, offers 10% off for joining your list, collects their e-mail address with consent and sends a welcome code.",
    tr: "Yazan herkesi karşılar, listeye katılana %10 indirim sunar, izniyle e-posta adresini alır ve hoş geldin kodu gönderir.",
  },
  setup: {
    en: [
      "Set the shop_name variable to your shop's name.",
      "Codes follow the pattern WELCOME10-**** (HOSGELDIN10-**** in the Turkish flow): create matching codes in your shop, or switch the node to a code pool.",
      "Replace https://shop.example.com with your shop's address.",
    ],
    tr: [
      "shop_name değişkenine mağazanızın adını yazın.",
      "Kodlar HOSGELDIN10-**** kalıbıyla (İngilizce akışta WELCOME10-****) üretilir: mağazanızda bu kodları tanımlayın ya da düğümü bir kod havuzuna çevirin.",
      "https://shop.example.com adresini kendi mağazanızın adresiyle değiştirin.",
    ],
  },
  preview: (locale) => [
    { say: locale === "tr" ? "Merhaba" : "Hi" },
    { tap: { id: "yes", title: COPY[locale].yes } },
  ],
  build(locale) {
    const t = COPY[locale];
    return new FlowBuilder()
      .add([0, 1], { id: "start", type: "start", data: { trigger: { kind: "any" } } })
      .add([1, 1], {
        id: "welcome",
        type: "buttons",
        data: {
          body: t.welcome,
          footer: t.welcomeFooter,
          buttons: [
            { id: "yes", title: t.yes },
            { id: "no", title: t.no },
          ],
        },
      })
      .add([2, 0], {
        id: "ask_email",
        type: "question",
        data: {
          prompt: t.askEmail,
          variable: "email",
          answer: { type: "email" },
          retryMessage: t.emailRetry,
          maxAttempts: 3,
        },
      })
      .add([3, 0], {
        id: "save_lead",
        type: "contact_update",
        data: {
          fields: [{ field: "email", value: "{{email}}" }],
          addTags: ["whatsapp_lead", "welcome_discount"],
          optIn: "opt_in",
        },
      })
      .add([4, 0], {
        id: "welcome_code",
        type: "discount_code",
        data: { source: { kind: "pattern", pattern: t.codePattern }, variable: "welcome_code" },
      })
      .add([5, 0], {
        id: "send_code",
        type: "cta_url",
        data: {
          body: t.code,
          label: t.shop,
          url: "https://shop.example.com/?utm_source=whatsapp&utm_campaign=welcome",
        },
      })
      .add([6, 0], { id: "done", type: "end", data: {} })
      .add([2, 2], { id: "not_now", type: "end", data: { message: t.notNow } })
      .add([3, 1], { id: "email_failed", type: "end", data: { message: t.emailFailed } })
      .connect("start", "next", "welcome")
      .connect("welcome", "yes", "ask_email")
      .connect("welcome", "no", "not_now")
      .connect("welcome", "invalid", "not_now")
      .connect("ask_email", "next", "save_lead")
      .connect("ask_email", "invalid", "email_failed")
      .connect("save_lead", "next", "welcome_code")
      .connect("welcome_code", "ok", "send_code")
      .connect("send_code", "next", "done")
      .build({
        variables: [
          { name: "shop_name", description: t.shopNameHelp, defaultValue: t.shopName },
          { name: "email", description: t.emailHelp },
          { name: "welcome_code", description: t.codeHelp },
        ],
        settings: templateSettings(locale),
      });
  },
};
