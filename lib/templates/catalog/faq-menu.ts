import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

/** Topic ids double as list row ids and as the ids of the answer nodes. */
const TOPICS = [
  "delivery_time",
  "shipping_costs",
  "returns",
  "payment_methods",
  "installments",
  "opening_hours",
] as const;
type Topic = (typeof TOPICS)[number];

interface Copy {
  keywords: string[];
  header: string;
  menu: string;
  footer: string;
  button: string;
  sections: { orders: string; payment: string; other: string };
  rows: Record<Topic | "human", { title: string; description: string }>;
  answers: Record<Topic, string>;
  anythingElse: string;
  more: string;
  done: string;
  handoff: string;
  note: string;
  bye: string;
}

const en: Copy = {
  keywords: ["menu", "help", "faq"],
  header: "Help centre",
  menu: "Hi! 👋 How can we help you today?\n\nChoose a topic from the list and we'll answer right away.",
  footer: "Type agent anytime to talk to a person",
  button: "Choose a topic",
  sections: { orders: "Orders & delivery", payment: "Payment", other: "Other" },
  rows: {
    delivery_time: { title: "Delivery times", description: "When will my order arrive?" },
    shipping_costs: {
      title: "Shipping costs",
      description: "Fees and the free-shipping threshold",
    },
    returns: { title: "Returns & exchanges", description: "How to send something back" },
    payment_methods: { title: "Payment methods", description: "Cards, iDEAL, PayPal and more" },
    installments: { title: "Pay in instalments", description: "Spread the cost of your order" },
    opening_hours: { title: "Opening hours", description: "When our team is available" },
    human: { title: "Talk to our team", description: "A real person replies during opening hours" },
  },
  answers: {
    delivery_time:
      "🚚 *Delivery times*\n\nOrders placed before 15:00 on a working day leave our warehouse the same day. Delivery usually takes *1–3 working days*.\n\nAs soon as your parcel ships, we'll e-mail you a tracking link.",
    shipping_costs:
      "📦 *Shipping costs*\n\nShipping is *free* on orders over €50. Below that, we charge a flat €4.95.\n\nYou'll always see the exact cost before you pay.",
    returns:
      "↩️ *Returns & exchanges*\n\nYou have *30 days* to return unused items in their original packaging. Start a return from your account on our website, print the label and drop the parcel at any pick-up point.\n\nWe refund you within 5 working days after your return arrives.",
    payment_methods:
      "💳 *Payment methods*\n\nWe accept iDEAL, credit and debit cards (Visa, Mastercard, American Express), PayPal and Klarna.\n\nEvery payment is processed securely; we never see your card details.",
    installments:
      "🗓️ *Pay in instalments*\n\nWith Klarna you can pay in *3 interest-free instalments*. Just choose Klarna at checkout.",
    opening_hours:
      "🕘 *Opening hours*\n\nOur customer service team is available *Monday to Friday, 09:00–17:30*. Messages sent outside these hours are answered on the next working day.",
  },
  anythingElse: "Can I help you with anything else?",
  more: "Another question",
  done: "No, that's all",
  handoff:
    "Of course! I'm passing you to our team 🙋 Someone will reply here during our opening hours.",
  note: "Asked for a person from the FAQ menu.",
  bye: "Glad we could help! Have a lovely day 🌷",
};

const tr: Copy = {
  keywords: ["menü", "yardım", "sss"],
  header: "Yardım merkezi",
  menu: "Merhaba! 👋 Size nasıl yardımcı olabiliriz?\n\nListeden bir konu seçin, hemen yanıtlayalım.",
  footer: "Bir kişiyle görüşmek için temsilci yazın",
  button: "Konu seçin",
  sections: { orders: "Sipariş ve teslimat", payment: "Ödeme", other: "Diğer" },
  rows: {
    delivery_time: { title: "Teslimat süresi", description: "Siparişim ne zaman gelir?" },
    shipping_costs: {
      title: "Kargo ücreti",
      description: "Kargo ücretleri ve ücretsiz kargo limiti",
    },
    returns: { title: "İade ve değişim", description: "Ürün iadesi nasıl yapılır?" },
    payment_methods: {
      title: "Ödeme yöntemleri",
      description: "Kredi kartı, havale/EFT ve kapıda ödeme",
    },
    installments: { title: "Taksit seçenekleri", description: "Kredi kartına taksitle ödeme" },
    opening_hours: { title: "Çalışma saatleri", description: "Ekibimiz ne zaman hizmet veriyor?" },
    human: {
      title: "Müşteri temsilcisi",
      description: "Çalışma saatlerinde bir ekip arkadaşımız yanıt verir",
    },
  },
  answers: {
    delivery_time:
      "🚚 *Teslimat süresi*\n\nHafta içi saat 15.00'e kadar verilen siparişler aynı gün kargoya teslim edilir. Teslimat genellikle *1-3 iş günü* sürer.\n\nKargonuz yola çıktığında takip bağlantısını e-posta ile gönderiyoruz.",
    shipping_costs:
      "📦 *Kargo ücreti*\n\n*500 TL* ve üzeri siparişlerde kargo *ücretsiz*. Bu tutarın altındaki siparişlerde kargo ücreti 49,90 TL'dir.\n\nÖdeme yapmadan önce kargo ücretini her zaman görürsünüz.",
    returns:
      "↩️ *İade ve değişim*\n\nKullanılmamış ürünleri orijinal ambalajında, teslimattan itibaren *14 gün* içinde iade edebilirsiniz. Hesabım > Siparişlerim sayfasından iade talebi oluşturun, size verilen kodla ürünü anlaşmalı kargo şubesine ücretsiz teslim edin.\n\nÜrün bize ulaştıktan sonra ücret iadeniz 5 iş günü içinde yapılır.",
    payment_methods:
      "💳 *Ödeme yöntemleri*\n\nKredi kartı, banka kartı, havale/EFT ve kapıda ödeme seçeneklerimiz var.\n\nTüm ödemeler 3D Secure ile güvenle alınır; kart bilgilerinizi biz görmeyiz.",
    installments:
      "🗓️ *Taksit seçenekleri*\n\nAnlaşmalı bankaların kredi kartlarına *9 aya varan taksit* imkânı sunuyoruz. Taksit seçeneklerini ödeme adımında görebilirsiniz.",
    opening_hours:
      "🕘 *Çalışma saatleri*\n\nMüşteri hizmetlerimiz *hafta içi 09.00-18.00* arasında hizmet veriyor. Bu saatler dışında gelen mesajlara bir sonraki iş günü yanıt veriyoruz.",
  },
  anythingElse: "Başka bir konuda yardımcı olabilir miyim?",
  more: "Başka bir soru",
  done: "Hayır, bu kadar",
  handoff:
    "Tabii ki! Sizi ekibimize aktarıyorum 🙋 Çalışma saatlerimiz içinde buradan size yanıt verilecek.",
  note: "SSS menüsünden temsilci istedi.",
  bye: "Yardımcı olabildiysek ne mutlu! Güzel bir gün dilerim 🌷",
};

const COPY: Record<Locale, Copy> = { en, tr };

/**
 * A menu of the questions shops answer all day. Each answer comes back to "anything else?", which
 * loops to the menu through a jump node rather than a long edge across the canvas.
 */
export const faqMenu: FlowTemplate<"faq-menu"> = {
  id: "faq-menu",
  category: "support",
  icon: "BookOpen",
  name: { en: "FAQ menu", tr: "Sıkça sorulan sorular menüsü" },
  description: {
    en: "A WhatsApp list of your most asked questions — delivery, shipping costs, returns, payment, opening hours — with a way through to your team.",
    tr: "En çok sorulan soruları (teslimat, kargo ücreti, iade, ödeme, çalışma saatleri) bir WhatsApp listesinde yanıtlar; isteyeni ekibinize aktarır.",
  },
  setup: {
    en: [
      "Rewrite the answers with your own delivery, return and payment policies.",
      "Add, rename or remove topics: a list holds up to 10 rows.",
      "The flow starts on the words menu, help and faq.",
    ],
    tr: [
      "Yanıtları kendi teslimat, iade ve ödeme koşullarınıza göre düzenleyin.",
      "Konu ekleyin, adlarını değiştirin ya da silin: bir liste en fazla 10 satır alır.",
      "Akış menü, yardım ve sss kelimeleriyle başlar.",
    ],
  },
  preview: (locale) => [
    { say: COPY[locale].keywords[0] ?? "" },
    { pick: { id: "delivery_time", title: COPY[locale].rows.delivery_time.title } },
  ],
  build(locale) {
    const t = COPY[locale];
    const row = (id: Topic | "human") => ({ id, ...t.rows[id] });
    const builder = new FlowBuilder()
      .add([0, 2.5], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 2], {
        id: "menu",
        type: "list",
        data: {
          header: t.header,
          body: t.menu,
          footer: t.footer,
          buttonLabel: t.button,
          sections: [
            {
              title: t.sections.orders,
              rows: [row("delivery_time"), row("shipping_costs"), row("returns")],
            },
            { title: t.sections.payment, rows: [row("payment_methods"), row("installments")] },
            { title: t.sections.other, rows: [row("opening_hours"), row("human")] },
          ],
        },
      })
      .add([2, 6], {
        id: "human",
        type: "handoff",
        data: { message: t.handoff, team: "support", note: t.note },
      })
      .add([3, 2.5], {
        id: "anything_else",
        type: "buttons",
        data: {
          body: t.anythingElse,
          buttons: [
            { id: "more", title: t.more },
            { id: "done", title: t.done },
          ],
        },
      })
      .add([4, 2], {
        id: "back_to_menu",
        type: "jump",
        data: { target: { kind: "node", nodeId: "menu" } },
      })
      .add([4, 3], { id: "bye", type: "end", data: { message: t.bye } })
      .connect("start", "next", "menu")
      .connect("menu", "human", "human")
      .connect("menu", "invalid", "human")
      .connect("anything_else", "more", "back_to_menu")
      .connect("anything_else", "done", "bye")
      .connect("anything_else", "invalid", "bye");
    TOPICS.forEach((topic, i) => {
      builder
        .add([2, i], { id: topic, type: "message", data: { text: t.answers[topic] } })
        .connect("menu", topic, topic)
        .connect(topic, "next", "anything_else");
    });
    return builder.build({ variables: [], settings: templateSettings(locale) });
  },
};
