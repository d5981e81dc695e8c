import type { Locale } from "@/lib/flow";
import { FlowBuilder, type TemplateNode } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

/** Row ids of the menu; each has a question `ask_<id>` beside it. */
const FIELDS = ["name", "email", "phone", "address", "birthday", "marketing"] as const;
type Field = (typeof FIELDS)[number];

interface Copy {
  keywords: string[];
  help: Record<"name" | "email" | "phone" | "address" | "birthday" | "marketing", string>;
  menu: string;
  choose: string;
  rows: Record<Field, { title: string; description: string }>;
  ask: Record<Field, string>;
  phoneCountry: string;
  wantsOffers: string;
  saved: string;
  notSaved: string;
  more: string;
  yes: string;
  no: string;
  bye: string;
}

const en: Copy = {
  keywords: ["my details", "update my details", "profile", "my account"],
  help: {
    name: "The new name the customer typed.",
    email: "The new e-mail address.",
    phone: "The new phone number, in international format.",
    address: "The new delivery address.",
    birthday: "The customer's birthday (YYYY-MM-DD).",
    marketing: "true when the customer wants offers on WhatsApp.",
  },
  menu: "👤 *Your details*\n\nWhat would you like to update?",
  choose: "Choose",
  rows: {
    name: { title: "Name", description: "How we address you" },
    email: { title: "E-mail address", description: "For order confirmations and invoices" },
    phone: { title: "Phone number", description: "For delivery updates" },
    address: { title: "Delivery address", description: "Where we send your orders" },
    birthday: { title: "Birthday 🎂", description: "Get a treat on your birthday" },
    marketing: { title: "Offers on WhatsApp", description: "Turn marketing messages on or off" },
  },
  ask: {
    name: "Your name is currently *{{contact.name|not set}}*. What name should we use? ✍️",
    email:
      "Your e-mail address is currently *{{contact.email|not set}}*. Please send the new one ✉️",
    phone:
      "Your phone number is currently *{{contact.phone|not set}}*. Which number can we reach you on? 📞",
    address:
      "Your delivery address is currently:\n*{{contact.address|not set}}*\n\nPlease send the new address in one message: street and number, postcode and city 🏠",
    birthday: "When is your birthday? 🎂 We'd love to surprise you with a treat! (e.g. 31.12.1990)",
    marketing:
      "Would you like to receive offers, new arrivals and discount codes from us on WhatsApp? 🎁",
  },
  phoneCountry: "NL",
  wantsOffers: "Wants offers",
  saved: "✅ Saved, thank you!",
  notSaved: "Sorry, I couldn't save that 🙈",
  more: "Would you like to update anything else?",
  yes: "Yes, something else",
  no: "No, that's all",
  bye: "Thank you for keeping your details up to date! 💚",
};

const tr: Copy = {
  keywords: ["bilgilerim", "bilgilerimi güncelle", "profilim", "hesabım"],
  help: {
    name: "Müşterinin yazdığı yeni ad.",
    email: "Yeni e-posta adresi.",
    phone: "Uluslararası biçimde yeni telefon numarası.",
    address: "Yeni teslimat adresi.",
    birthday: "Müşterinin doğum günü (YYYY-AA-GG).",
    marketing: "Müşteri WhatsApp'tan kampanya almak istiyorsa true.",
  },
  menu: "👤 *Bilgileriniz*\n\nHangi bilginizi güncellemek istersiniz?",
  choose: "Bilgi seçin",
  rows: {
    name: { title: "Ad soyad", description: "Size nasıl hitap edelim?" },
    email: { title: "E-posta adresi", description: "Sipariş onayları ve faturalar için" },
    phone: { title: "Telefon numarası", description: "Teslimat bildirimleri için" },
    address: { title: "Teslimat adresi", description: "Siparişlerinizi gönderdiğimiz adres" },
    birthday: { title: "Doğum günü 🎂", description: "Doğum gününüzde size sürprizimiz var" },
    marketing: {
      title: "WhatsApp kampanyaları",
      description: "Kampanya mesajlarını açın ya da kapatın",
    },
  },
  ask: {
    name: "Kayıtlı adınız: *{{contact.name|kayıtlı değil}}*. Size hangi adla hitap edelim? ✍️",
    email:
      "Kayıtlı e-posta adresiniz: *{{contact.email|kayıtlı değil}}*. Lütfen yeni adresinizi gönderin ✉️",
    phone:
      "Kayıtlı telefon numaranız: *{{contact.phone|kayıtlı değil}}*. Size hangi numaradan ulaşalım? 📞",
    address:
      "Kayıtlı teslimat adresiniz:\n*{{contact.address|kayıtlı değil}}*\n\nLütfen yeni adresinizi tek mesajda gönderin: mahalle, cadde/sokak, bina ve daire no, ilçe ve il 🏠",
    birthday:
      "Doğum gününüz ne zaman? 🎂 O gün size küçük bir sürprizimiz olsun! (örneğin 31.12.1990)",
    marketing:
      "Kampanyaları, yeni ürünleri ve indirim kodlarını WhatsApp'tan almak ister misiniz? 🎁",
  },
  phoneCountry: "TR",
  wantsOffers: "Kampanya istiyor",
  saved: "✅ Kaydettim, teşekkürler!",
  notSaved: "Kusura bakmayın, bunu kaydedemedim 🙈",
  more: "Başka bir bilginizi güncellemek ister misiniz?",
  yes: "Evet, başka bilgi",
  no: "Hayır, bu kadar",
  bye: "Bilgilerinizi güncel tuttuğunuz için teşekkürler! 💚",
};

const COPY: Record<Locale, Copy> = { en, tr };

/** The variable each answer lands in. */
const VARIABLE: Record<Field, string> = {
  name: "new_name",
  email: "new_email",
  phone: "new_phone",
  address: "new_address",
  birthday: "birthday",
  marketing: "wants_offers",
};

function question(field: Field, t: Copy): TemplateNode {
  const answers = {
    name: { type: "text", minLength: 2, maxLength: 60 },
    email: { type: "email" },
    phone: { type: "phone", defaultCountry: t.phoneCountry },
    address: { type: "text", minLength: 10, maxLength: 300 },
    birthday: { type: "date", order: "DMY" },
    marketing: { type: "yes_no", buttons: true },
  } as const;
  return {
    id: `ask_${field}`,
    type: "question",
    data: { prompt: t.ask[field], variable: VARIABLE[field], answer: answers[field] },
  };
}

function save(field: Exclude<Field, "marketing">): TemplateNode {
  const value = `{{${VARIABLE[field]}}}`;
  return {
    id: `save_${field}`,
    type: "contact_update",
    data: {
      fields: [
        field === "birthday" ? { field: "custom", key: "birthday", value } : { field, value },
      ],
    },
  };
}

/**
 * Customers keep their own contact record up to date: each detail shows what is on file, asks for
 * the new value in the right format (e-mail, phone, date) and saves it on the contact, including
 * the marketing opt-in WhatsApp requires.
 */
export const customerInfo: FlowTemplate<"customer-info"> = {
  id: "customer-info",
  category: "support",
  icon: "IdCard",
  name: { en: "Update customer details", tr: "Müşteri bilgilerini güncelleme" },
  description: {
    en: "Customers update their name, e-mail, phone number, delivery address or birthday, and switch WhatsApp offers on or off; everything is saved on the contact.",
    tr: "Müşteri adını, e-postasını, telefonunu, teslimat adresini ya da doğum gününü günceller, WhatsApp kampanyalarını açıp kapatır; hepsi kişi kaydına işlenir.",
  },
  setup: {
    en: [
      "Phone numbers without a country code are read as Dutch in the English flow and as Turkish in the Turkish one; change the question's default country to match your customers.",
      "The birthday is kept in the contact field birthday, ready for a birthday campaign.",
    ],
    tr: [
      "Ülke kodu olmadan yazılan numaralar Türkçe akışta Türkiye, İngilizce akışta Hollanda numarası sayılır; sorunun varsayılan ülkesini müşterilerinize göre değiştirin.",
      "Doğum günü, bir doğum günü kampanyası için birthday kişi alanında saklanır.",
    ],
  },
  preview: (locale) => [
    { say: COPY[locale].keywords[0] ?? "" },
    { pick: { id: "email", title: COPY[locale].rows.email.title } },
  ],
  build(locale) {
    const t = COPY[locale];
    const builder = new FlowBuilder()
      .add([0, 3], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 2.5], {
        id: "menu",
        type: "list",
        data: {
          body: t.menu,
          buttonLabel: t.choose,
          sections: [{ rows: FIELDS.map((id) => ({ id, ...t.rows[id] })) }],
        },
      })
      .add([3, 5], {
        id: "marketing_choice",
        type: "condition",
        data: {
          branches: [
            {
              id: "opt_in",
              label: t.wantsOffers,
              groups: [
                {
                  match: "all",
                  rules: [
                    {
                      subject: { kind: "variable", name: "wants_offers" },
                      operator: "equals",
                      value: "true",
                    },
                  ],
                },
              ],
            },
          ],
        },
      })
      .add([4, 5], { id: "opt_in", type: "contact_update", data: { optIn: "opt_in" } })
      .add([4, 6], { id: "opt_out", type: "contact_update", data: { optIn: "opt_out" } })
      .add([5, 1.5], { id: "saved", type: "message", data: { text: t.saved } })
      .add([5, 4], { id: "not_saved", type: "message", data: { text: t.notSaved } })
      .add([6, 2.5], {
        id: "more",
        type: "buttons",
        data: {
          body: t.more,
          buttons: [
            { id: "yes", title: t.yes },
            { id: "no", title: t.no },
          ],
        },
      })
      .add([7, 2], {
        id: "again",
        type: "jump",
        data: { target: { kind: "node", nodeId: "menu" } },
      })
      .add([7, 3], { id: "bye", type: "end", data: { message: t.bye } })
      .connect("start", "next", "menu")
      .connect("menu", "invalid", "bye")
      .connect("marketing_choice", "opt_in", "opt_in")
      .connect("marketing_choice", "else", "opt_out")
      .connect("opt_in", "next", "saved")
      .connect("opt_out", "next", "saved")
      .connect("saved", "next", "more")
      .connect("not_saved", "next", "more")
      .connect("more", "yes", "again")
      .connect("more", "no", "bye")
      .connect("more", "invalid", "bye");
    FIELDS.forEach((field, row) => {
      const ask = `ask_${field}`;
      builder
        .add([2, row], question(field, t))
        .connect("menu", field, ask)
        .connect(ask, "invalid", "not_saved");
      if (field === "marketing") {
        builder.connect(ask, "next", "marketing_choice");
      } else {
        builder
          .add([3, row], save(field))
          .connect(ask, "next", `save_${field}`)
          .connect(`save_${field}`, "next", "saved");
      }
    });
    return builder.build({
      variables: FIELDS.map((field) => ({ name: VARIABLE[field], description: t.help[field] })),
      settings: templateSettings(locale),
    });
  },
};
