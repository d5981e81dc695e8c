import type { Locale } from "@/lib/flow";
import { FlowBuilder, type TemplateNode } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

interface Ticket {
  title: string;
  name: string;
  price: number;
}

interface Copy {
  keywords: string[];
  help: Record<
    | "event"
    | "date"
    | "venue"
    | "type"
    | "ticket"
    | "price"
    | "quantity"
    | "total"
    | "email"
    | "order"
    | "payment",
    string
  >;
  event: { name: string; date: string; venue: string };
  poster: string;
  choose: string;
  chooseFooter: string;
  standard: Ticket;
  vip: Ticket;
  question: string;
  askQuantity: string;
  summary: string;
  pay: string;
  change: string;
  cancel: string;
  askEmail: string;
  payment: string;
  payButton: string;
  paymentFooter: string;
  done: string;
  cancelled: string;
  helpMessage: string;
  failed: string;
  failedNote: string;
}

const en: Copy = {
  keywords: ["tickets", "ticket", "buy tickets"],
  help: {
    event: "The event's name.",
    date: "When the event takes place, as customers should read it.",
    venue: "Where the event takes place.",
    type: "The chosen ticket type for your shop: standard or vip.",
    ticket: "The chosen ticket type as customers read it.",
    price: "Price of one ticket of the chosen type.",
    quantity: "How many tickets the customer wants.",
    total: "Price of the whole order.",
    email: "Where the tickets are sent.",
    order: "The order number your shop created.",
    payment: "The payment page for this order.",
  },
  event: {
    name: "Summer Night Concert",
    date: "Saturday 14 June, 20:00",
    venue: "Example Hall, Amsterdam",
  },
  poster:
    "🎶 *{{event_name}}*\n📅 {{event_date}}\n📍 {{event_venue}}\n\nTickets are selling fast — get yours right here on WhatsApp!",
  choose: "Which ticket would you like?",
  chooseFooter: "VIP: front rows, welcome drink and merch",
  standard: { title: "Standard · €35", name: "Standard", price: 35 },
  vip: { title: "VIP · €79", name: "VIP", price: 79 },
  question: "I have a question",
  askQuantity: "How many *{{ticket_name}}* tickets would you like? (1–10)",
  summary:
    "🧾 *Your order*\n\n{{quantity}} × {{ticket_name}} ticket — {{event_name}}\nTotal: *€{{total}}*\n\nShall I create your payment link?",
  pay: "Yes, pay now",
  change: "Change order",
  cancel: "Cancel",
  askEmail: "Where should we send your tickets? Please type your *e-mail address* ✉️",
  payment:
    "Almost done! 🎉 Tap below to pay *€{{total}}* securely. Your tickets arrive at {{email}} right after payment.\n\nThe payment link is valid for 30 minutes.",
  payButton: "Pay securely",
  paymentFooter: "Order {{ticket_order_id}}",
  done: "See you at {{event_name}}! 🎶",
  cancelled: "No problem, nothing has been booked. Type *tickets* whenever you change your mind 🎟️",
  helpMessage: "Of course! 🙋 A member of our team will answer your question here shortly.",
  failed:
    "Sorry, I couldn't create your payment link just now 🙈 I'm passing you to our team so they can finish your order.",
  failedNote: "Ticket order: {{quantity}} × {{ticket_name}}, total €{{total}}, e-mail {{email}}.",
};

const tr: Copy = {
  keywords: ["bilet", "biletler", "bilet al"],
  help: {
    event: "Etkinliğin adı.",
    date: "Etkinliğin tarihi ve saati, müşterinin okuyacağı biçimde.",
    venue: "Etkinliğin yeri.",
    type: "Mağazanız için seçilen bilet türü: standard ya da vip.",
    ticket: "Müşterinin okuduğu biçimde seçilen bilet türü.",
    price: "Seçilen türde bir biletin fiyatı.",
    quantity: "Müşterinin istediği bilet sayısı.",
    total: "Siparişin toplam tutarı.",
    email: "Biletlerin gönderileceği adres.",
    order: "Mağazanızın oluşturduğu sipariş numarası.",
    payment: "Bu siparişin ödeme sayfası.",
  },
  event: {
    name: "Yaz Gecesi Konseri",
    date: "14 Haziran Cumartesi, 20.00",
    venue: "Örnek Sahne, İstanbul",
  },
  poster:
    "🎶 *{{event_name}}*\n📅 {{event_date}}\n📍 {{event_venue}}\n\nBiletler hızla tükeniyor; siz de yerinizi hemen buradan, WhatsApp'tan ayırtın!",
  choose: "Hangi bileti almak istersiniz?",
  chooseFooter: "VIP: ön sıralar, karşılama içeceği ve hediye",
  standard: { title: "Standart · 450 TL", name: "Standart", price: 450 },
  vip: { title: "VIP · 1.200 TL", name: "VIP", price: 1200 },
  question: "Bir sorum var",
  askQuantity: "Kaç adet *{{ticket_name}}* bilet istersiniz? (1-10)",
  summary:
    "🧾 *Siparişiniz*\n\n{{quantity}} × {{ticket_name}} bilet — {{event_name}}\nToplam: *{{total}} TL*\n\nÖdeme linkinizi oluşturayım mı?",
  pay: "Evet, öde",
  change: "Siparişi değiştir",
  cancel: "Vazgeç",
  askEmail: "Biletlerinizi nereye gönderelim? Lütfen *e-posta adresinizi* yazın ✉️",
  payment:
    "Neredeyse bitti! 🎉 *{{total}} TL* tutarındaki ödemenizi güvenle yapmak için aşağıya dokunun. Biletleriniz ödemenin hemen ardından {{email}} adresine gönderilecek.\n\nÖdeme linki 30 dakika geçerlidir.",
  payButton: "Güvenle öde",
  paymentFooter: "Sipariş no: {{ticket_order_id}}",
  done: "{{event_name}} etkinliğinde görüşmek üzere! 🎶",
  cancelled:
    "Sorun değil, hiçbir rezervasyon yapılmadı. Fikrinizi değiştirirseniz *bilet* yazmanız yeterli 🎟️",
  helpMessage: "Tabii ki! 🙋 Ekibimizden biri sorunuzu kısa süre içinde buradan yanıtlayacak.",
  failed:
    "Kusura bakmayın, ödeme linkinizi şu an oluşturamadım 🙈 Siparişinizi tamamlamaları için sizi ekibimize aktarıyorum.",
  failedNote:
    "Bilet siparişi: {{quantity}} × {{ticket_name}}, toplam {{total}} TL, e-posta {{email}}.",
};

const COPY: Record<Locale, Copy> = { en, tr };

function chooseTicket(id: "standard" | "vip", ticket: Ticket): TemplateNode {
  return {
    id: `choose_${id}`,
    type: "set_variable",
    data: {
      assignments: [
        { variable: "ticket_type", value: { kind: "literal", value: id } },
        { variable: "ticket_name", value: { kind: "literal", value: ticket.name } },
        { variable: "unit_price", value: { kind: "literal", value: ticket.price } },
      ],
    },
  };
}

/**
 * Sells event tickets in the chat: poster, ticket type, quantity, a summary to confirm, then the
 * shop creates the order and the customer pays through a link button. Totals are computed in the
 * flow so the summary is right before the shop is even called.
 */
export const eventTickets: FlowTemplate<"event-tickets"> = {
  id: "event-tickets",
  category: "sales",
  icon: "Ticket",
  name: { en: "Event ticket order", tr: "Etkinlik bileti satışı" },
  description: {
    en: "Shows the event poster, lets customers pick a ticket type and quantity, confirms the total and sends a secure payment link from your shop.",
    tr: "Etkinlik afişini gösterir, bilet türü ve adedini seçtirir, toplam tutarı onaylatır ve mağazanızdan güvenli bir ödeme linki gönderir.",
  },
  setup: {
    en: [
      "Fill in the event_name, event_date and event_venue variables and replace the poster image https://shop.example.com/images/event-poster.jpg.",
      "Ticket types and prices live in the buttons and in the two Set variable nodes beside them: change both.",
      "Point POST https://shop.example.com/api/ticket-orders at your shop. It should answer JSON with order_id and payment_url.",
    ],
    tr: [
      "event_name, event_date ve event_venue değişkenlerini doldurun, https://shop.example.com/images/event-poster.jpg afişini kendi görselinizle değiştirin.",
      "Bilet türleri ve fiyatları düğmelerde ve yanlarındaki iki Değişken ata düğümünde: ikisini birlikte değiştirin.",
      "POST https://shop.example.com/api/ticket-orders adresini mağazanıza yönlendirin. Yanıtı order_id ve payment_url içeren bir JSON olmalı.",
    ],
  },
  preview: (locale) => [
    { say: COPY[locale].keywords[0] ?? "" },
    { tap: { id: "standard", title: COPY[locale].standard.title } },
  ],
  build(locale) {
    const t = COPY[locale];
    return new FlowBuilder()
      .add([0, 1], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 1], {
        id: "poster",
        type: "message",
        data: {
          media: {
            kind: "image",
            url: "https://shop.example.com/images/event-poster.jpg",
            caption: t.poster,
          },
        },
      })
      .add([2, 1], {
        id: "ticket_type",
        type: "buttons",
        data: {
          body: t.choose,
          footer: t.chooseFooter,
          buttons: [
            { id: "standard", title: t.standard.title },
            { id: "vip", title: t.vip.title },
            { id: "question", title: t.question },
          ],
        },
      })
      .add([3, 0.5], chooseTicket("standard", t.standard))
      .add([3, 1.5], chooseTicket("vip", t.vip))
      .add([4, 2.5], {
        id: "help",
        type: "handoff",
        data: { message: t.helpMessage, team: "tickets" },
      })
      .add([4, 1], {
        id: "ask_quantity",
        type: "question",
        data: {
          prompt: t.askQuantity,
          variable: "quantity",
          answer: { type: "number", min: 1, max: 10, integer: true },
        },
      })
      .add([5, 1], {
        id: "compute_total",
        type: "set_variable",
        data: {
          assignments: [
            { variable: "total", value: { kind: "math", expression: "unit_price * quantity" } },
          ],
        },
      })
      .add([6, 1], {
        id: "confirm",
        type: "buttons",
        data: {
          body: t.summary,
          buttons: [
            { id: "pay", title: t.pay },
            { id: "change", title: t.change },
            { id: "cancel", title: t.cancel },
          ],
        },
      })
      .add([7, 0], {
        id: "ask_email",
        type: "question",
        data: { prompt: t.askEmail, variable: "email", answer: { type: "email" } },
      })
      .add([7, 1.25], {
        id: "change",
        type: "jump",
        data: { target: { kind: "node", nodeId: "ticket_type" } },
      })
      .add([7, 2.25], { id: "cancelled", type: "end", data: { message: t.cancelled } })
      .add([8, 0], {
        id: "create_order",
        type: "http_request",
        data: {
          method: "POST",
          url: "https://shop.example.com/api/ticket-orders",
          headers: [{ name: "Authorization", value: "Bearer YOUR_SHOP_API_TOKEN" }],
          body: JSON.stringify(
            {
              event: "{{event_name}}",
              ticket_type: "{{ticket_type}}",
              quantity: "{{quantity}}",
              total: "{{total}}",
              email: "{{email}}",
              customer_phone: "{{contact.phone}}",
            },
            null,
            2,
          ),
          timeoutMs: 8000,
          mappings: [
            { path: "$.order_id", variable: "ticket_order_id" },
            { path: "$.payment_url", variable: "payment_url" },
          ],
        },
      })
      .add([9, 0], {
        id: "payment",
        type: "cta_url",
        data: {
          body: t.payment,
          footer: t.paymentFooter,
          label: t.payButton,
          url: "{{payment_url}}",
        },
      })
      .add([9, 1.25], {
        id: "failed",
        type: "handoff",
        data: { message: t.failed, team: "tickets", note: t.failedNote },
      })
      .add([10, 0], { id: "done", type: "end", data: { message: t.done } })
      .connect("start", "next", "poster")
      .connect("poster", "next", "ticket_type")
      .connect("ticket_type", "standard", "choose_standard")
      .connect("ticket_type", "vip", "choose_vip")
      .connect("ticket_type", "question", "help")
      .connect("ticket_type", "invalid", "help")
      .connect("choose_standard", "next", "ask_quantity")
      .connect("choose_vip", "next", "ask_quantity")
      .connect("ask_quantity", "next", "compute_total")
      .connect("ask_quantity", "invalid", "help")
      .connect("compute_total", "next", "confirm")
      .connect("confirm", "pay", "ask_email")
      .connect("confirm", "change", "change")
      .connect("confirm", "cancel", "cancelled")
      .connect("confirm", "invalid", "cancelled")
      .connect("ask_email", "next", "create_order")
      .connect("ask_email", "invalid", "failed")
      .connect("create_order", "success", "payment")
      .connect("create_order", "error", "failed")
      .connect("payment", "next", "done")
      .build({
        variables: [
          { name: "event_name", description: t.help.event, defaultValue: t.event.name },
          { name: "event_date", description: t.help.date, defaultValue: t.event.date },
          { name: "event_venue", description: t.help.venue, defaultValue: t.event.venue },
          { name: "ticket_type", description: t.help.type },
          { name: "ticket_name", description: t.help.ticket },
          { name: "unit_price", description: t.help.price },
          { name: "quantity", description: t.help.quantity },
          { name: "total", description: t.help.total },
          { name: "email", description: t.help.email },
          { name: "ticket_order_id", description: t.help.order },
          { name: "payment_url", description: t.help.payment },
        ],
        settings: templateSettings(locale),
      });
  },
};
