import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

const API = "https://shop.example.com/api/orders/{{order_number}}";
const AUTH = [{ name: "Authorization", value: "Bearer YOUR_SHOP_API_TOKEN" }];

interface Copy {
  keywords: string[];
  help: Record<
    | "orderNumber"
    | "status"
    | "carrier"
    | "trackingNumber"
    | "trackingUrl"
    | "deliveryDate"
    | "deliveryDateText"
    | "lookupStatus"
    | "newAddress",
    string
  >;
  askOrder: string;
  orderRetry: string;
  labels: { shipped: string; delivered: string; processing: string; notFound: string };
  dateFormat: string;
  shipped: string;
  track: string;
  delivered: string;
  processing: string;
  otherStatus: string;
  nextStep: string;
  changeAddress: string;
  talkToUs: string;
  allGood: string;
  notFound: string;
  tryAgain: string;
  systemDown: string;
  systemDownNote: string;
  team: string;
  teamNote: string;
  thanks: string;
  askAddress: string;
  addressRetry: string;
  confirmAddress: string;
  addressYes: string;
  addressNo: string;
  addressChanged: string;
  addressFailed: string;
  addressFailedNote: string;
}

const en: Copy = {
  keywords: ["order", "order status", "where is my order", "tracking"],
  help: {
    orderNumber: "The order number the customer typed.",
    status: "Order status from your shop: shipped, delivered, processing …",
    carrier: "The carrier delivering the parcel.",
    trackingNumber: "The parcel's tracking number.",
    trackingUrl: "The carrier's tracking page for this parcel.",
    deliveryDate: "Expected delivery date from your shop (YYYY-MM-DD).",
    deliveryDateText: "The expected delivery date, written out for the customer.",
    lookupStatus: "HTTP status of the order lookup (404 = no such order).",
    newAddress: "The new delivery address the customer sent.",
  },
  askOrder:
    "📦 Let's find your order! Please send me your *order number* — you'll find it in your order confirmation e-mail (e.g. 100234).",
  orderRetry:
    "That doesn't look like an order number 🤔 Please send just the number, e.g. *100234*.",
  labels: {
    shipped: "Shipped",
    delivered: "Delivered",
    processing: "Being prepared",
    notFound: "No such order",
  },
  dateFormat: "dddd D MMMM",
  shipped:
    "🚚 Good news! Your order *#{{order_number}}* is on its way with *{{carrier}}*.\n\nTracking number: *{{tracking_number}}*\nExpected delivery: *{{delivery_date_text}}*",
  track: "Track my parcel",
  delivered:
    "✅ Your order *#{{order_number}}* has been delivered. We hope you love it! 💚\n\nIf something isn't right, just type *agent* and our team will help you.",
  processing:
    "⏳ We're preparing your order *#{{order_number}}* right now. As soon as it ships, we'll e-mail you the tracking link.",
  otherStatus: "ℹ️ The current status of your order *#{{order_number}}* is: *{{order_status}}*.",
  nextStep: "Is there anything else I can do for this order?",
  changeAddress: "Change address",
  talkToUs: "Talk to us",
  allGood: "All good, thanks",
  notFound:
    "Hmm, I couldn't find an order with the number *{{order_number}}* 🤔 Could you check it and try again?",
  tryAgain: "Try again",
  systemDown:
    "Sorry, our order system isn't answering right now 🙈 I'm passing you to our team so they can check it for you.",
  systemDownNote: "Order lookup failed for {{order_number}} (HTTP {{lookup_status|no answer}}).",
  team: "Sure! I'm passing you to our team 🙋 Someone will reply here shortly.",
  teamNote: "Order {{order_number}}, status {{order_status|unknown}}.",
  thanks: "Happy to help! Have a great day 😊",
  askAddress:
    "🏠 Please send the *full new delivery address* in one message: street and number, postcode and city.",
  addressRetry:
    "Please send the full address in one message, e.g. *Keizersgracht 123, 1015 CJ Amsterdam*.",
  confirmAddress: "Please check your new address:\n\n{{new_address}}\n\nIs this correct?",
  addressYes: "Yes, that's right",
  addressNo: "No, let me fix it",
  addressChanged: "✅ Done! We'll deliver order *#{{order_number}}* to your new address.",
  addressFailed:
    "I couldn't change the address automatically — the parcel may already be on its way 📦 I'm passing you to our team, they'll sort it out with you.",
  addressFailedNote:
    "Address change for order {{order_number}} failed. New address: {{new_address}}",
};

const tr: Copy = {
  keywords: ["sipariş", "siparişim", "sipariş durumu", "kargo", "kargom nerede", "kargo takip"],
  help: {
    orderNumber: "Müşterinin yazdığı sipariş numarası.",
    status: "Mağazanızdan gelen sipariş durumu: shipped, delivered, processing …",
    carrier: "Paketi taşıyan kargo firması.",
    trackingNumber: "Kargo takip numarası.",
    trackingUrl: "Kargo firmasının bu paket için takip sayfası.",
    deliveryDate: "Mağazanızdan gelen tahmini teslimat tarihi (YYYY-AA-GG).",
    deliveryDateText: "Müşteriye yazıyla gösterilen tahmini teslimat tarihi.",
    lookupStatus: "Sipariş sorgusunun HTTP durum kodu (404 = böyle bir sipariş yok).",
    newAddress: "Müşterinin gönderdiği yeni teslimat adresi.",
  },
  askOrder:
    "📦 Siparişinizi hemen bulalım! Lütfen *sipariş numaranızı* gönderin; sipariş onay e-postanızda yer alıyor (örneğin 100234).",
  orderRetry:
    "Bu bir sipariş numarasına benzemiyor 🤔 Lütfen yalnızca numarayı gönderin, örneğin *100234*.",
  labels: {
    shipped: "Kargoda",
    delivered: "Teslim edildi",
    processing: "Hazırlanıyor",
    notFound: "Sipariş bulunamadı",
  },
  dateFormat: "D MMMM dddd",
  shipped:
    "🚚 Müjde! *#{{order_number}}* numaralı siparişiniz *{{carrier}}* ile yola çıktı.\n\nTakip numarası: *{{tracking_number}}*\nTahmini teslimat: *{{delivery_date_text}}*",
  track: "Kargomu takip et",
  delivered:
    "✅ *#{{order_number}}* numaralı siparişiniz teslim edildi. Güle güle kullanın! 💚\n\nBir sorun varsa *temsilci* yazmanız yeterli, ekibimiz hemen yardımcı olsun.",
  processing:
    "⏳ *#{{order_number}}* numaralı siparişiniz şu anda hazırlanıyor. Kargoya verildiğinde takip bağlantısını e-posta ile göndereceğiz.",
  otherStatus: "ℹ️ *#{{order_number}}* numaralı siparişinizin güncel durumu: *{{order_status}}*.",
  nextStep: "Bu siparişle ilgili başka bir konuda yardımcı olabilir miyim?",
  changeAddress: "Adresi değiştir",
  talkToUs: "Temsilciye bağlan",
  allGood: "Tamam, teşekkürler",
  notFound:
    "Hmm, *{{order_number}}* numaralı bir sipariş bulamadım 🤔 Numarayı kontrol edip tekrar dener misiniz?",
  tryAgain: "Tekrar dene",
  systemDown:
    "Kusura bakmayın, sipariş sistemimiz şu anda yanıt vermiyor 🙈 Sizi ekibimize aktarıyorum, siparişinizi onlar kontrol edecek.",
  systemDownNote:
    "{{order_number}} numaralı sipariş sorgulanamadı (HTTP {{lookup_status|yanıt yok}}).",
  team: "Tabii ki! Sizi ekibimize aktarıyorum 🙋 Kısa süre içinde buradan yanıt verilecek.",
  teamNote: "Sipariş {{order_number}}, durum: {{order_status|bilinmiyor}}.",
  thanks: "Yardımcı olabildiysem ne mutlu! İyi günler dilerim 😊",
  askAddress:
    "🏠 Lütfen *yeni teslimat adresinizin tamamını* tek mesajda gönderin: mahalle, cadde/sokak, bina ve daire no, ilçe ve il.",
  addressRetry:
    "Lütfen adresin tamamını tek mesajda gönderin, örneğin *Caferağa Mah. Moda Cad. No: 12 D: 3, Kadıköy/İstanbul*.",
  confirmAddress: "Lütfen yeni adresinizi kontrol edin:\n\n{{new_address}}\n\nBu adres doğru mu?",
  addressYes: "Evet, doğru",
  addressNo: "Hayır, düzelteyim",
  addressChanged:
    "✅ Tamamdır! *#{{order_number}}* numaralı siparişinizi yeni adresinize teslim edeceğiz.",
  addressFailed:
    "Adresi otomatik olarak değiştiremedim; kargonuz yola çıkmış olabilir 📦 Sizi ekibimize aktarıyorum, sizinle birlikte çözecekler.",
  addressFailedNote:
    "{{order_number}} numaralı siparişin adres değişikliği yapılamadı. Yeni adres: {{new_address}}",
};

const COPY: Record<Locale, Copy> = { en, tr };

const variableIs = (name: string, operator: "equals" | "in_list", values: string[]) => ({
  match: "all" as const,
  rules: [
    {
      subject: { kind: "variable" as const, name },
      operator,
      ...(operator === "equals" ? { value: values[0] ?? "" } : { values }),
    },
  ],
});

/**
 * Looks an order up in the shop by number and answers by status: a tracking button once shipped,
 * reassurance while it is prepared. A customer can then change the delivery address, which the
 * shop may refuse (already shipped): that goes to a person rather than a dead end.
 */
export const orderStatus: FlowTemplate<"order-status"> = {
  id: "order-status",
  category: "orders",
  icon: "Truck",
  name: { en: "Order status and cargo tracking", tr: "Sipariş durumu ve kargo takibi" },
  description: {
    en: "Asks for the order number, looks it up in your shop and answers with the status and a tracking button; customers can change their delivery address too.",
    tr: "Sipariş numarasını sorar, mağazanızda sorgular, durumu ve kargo takip düğmesini gönderir; müşteri teslimat adresini de değiştirebilir.",
  },
  setup: {
    en: [
      "Point GET https://shop.example.com/api/orders/{{order_number}} at your shop. It should answer JSON with status, carrier, tracking_number, tracking_url and estimated_delivery (YYYY-MM-DD).",
      "PATCH https://shop.example.com/api/orders/{{order_number}}/address changes the address; answer an error once the parcel has shipped.",
      "Replace YOUR_SHOP_API_TOKEN in both Authorization headers.",
      "Statuses shipped, in_transit, delivered, pending and processing get their own answers; adjust the condition to your shop's status names.",
    ],
    tr: [
      "GET https://shop.example.com/api/orders/{{order_number}} adresini mağazanıza yönlendirin. Yanıt; status, carrier, tracking_number, tracking_url ve estimated_delivery (YYYY-AA-GG) alanlarını içeren bir JSON olmalı.",
      "PATCH https://shop.example.com/api/orders/{{order_number}}/address adresi değiştirir; paket kargoya verildiyse hata döndürün.",
      "İki Authorization başlığındaki YOUR_SHOP_API_TOKEN değerini kendi anahtarınızla değiştirin.",
      "shipped, in_transit, delivered, pending ve processing durumlarının kendi yanıtları var; koşulu mağazanızın durum adlarına göre düzenleyin.",
    ],
  },
  // The lookup waits for the shop, so the preview stops at the question.
  preview: (locale) => [{ say: COPY[locale].keywords[0] ?? "" }],
  build(locale) {
    const t = COPY[locale];
    return new FlowBuilder()
      .add([0, 1], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 1], {
        id: "ask_order",
        type: "question",
        data: {
          prompt: t.askOrder,
          variable: "order_number",
          answer: { type: "text", minLength: 3, maxLength: 30 },
          retryMessage: t.orderRetry,
        },
      })
      .add([2, 1], {
        id: "lookup",
        type: "http_request",
        data: {
          method: "GET",
          url: API,
          headers: AUTH,
          timeoutMs: 8000,
          mappings: [
            { path: "$.status", variable: "order_status" },
            { path: "$.carrier", variable: "carrier" },
            { path: "$.tracking_number", variable: "tracking_number" },
            { path: "$.tracking_url", variable: "tracking_url" },
            { path: "$.estimated_delivery", variable: "delivery_date" },
          ],
          statusVariable: "lookup_status",
        },
      })
      .add([3, 0.5], {
        id: "route_status",
        type: "condition",
        data: {
          branches: [
            {
              id: "shipped",
              label: t.labels.shipped,
              groups: [
                variableIs("order_status", "in_list", [
                  "shipped",
                  "in_transit",
                  "out_for_delivery",
                ]),
              ],
            },
            {
              id: "delivered",
              label: t.labels.delivered,
              groups: [variableIs("order_status", "equals", ["delivered"])],
            },
            {
              id: "processing",
              label: t.labels.processing,
              groups: [
                variableIs("order_status", "in_list", [
                  "pending",
                  "paid",
                  "processing",
                  "preparing",
                ]),
              ],
            },
          ],
        },
      })
      .add([3, 3.5], {
        id: "check_error",
        type: "condition",
        data: {
          branches: [
            {
              id: "not_found",
              label: t.labels.notFound,
              groups: [variableIs("lookup_status", "equals", ["404"])],
            },
          ],
        },
      })
      .add([4, 0], {
        id: "format_eta",
        type: "set_variable",
        data: {
          assignments: [
            {
              variable: "delivery_date_text",
              value: { kind: "date", from: "delivery_date", format: t.dateFormat },
            },
          ],
        },
      })
      .add([4, 1], { id: "delivered", type: "end", data: { message: t.delivered } })
      .add([4, 2], { id: "processing", type: "message", data: { text: t.processing } })
      .add([4, 3], { id: "other_status", type: "message", data: { text: t.otherStatus } })
      .add([4, 4], {
        id: "not_found",
        type: "buttons",
        data: {
          body: t.notFound,
          buttons: [
            { id: "retry", title: t.tryAgain },
            { id: "agent", title: t.talkToUs },
          ],
        },
      })
      .add([4, 5.25], {
        id: "system_down",
        type: "handoff",
        data: { message: t.systemDown, team: "support", note: t.systemDownNote },
      })
      .add([5, 0], {
        id: "shipped",
        type: "cta_url",
        data: { body: t.shipped, label: t.track, url: "{{tracking_url}}" },
      })
      .add([5, 4], {
        id: "retry_order",
        type: "jump",
        data: { target: { kind: "node", nodeId: "ask_order" } },
      })
      .add([6, 1.5], {
        id: "next_step",
        type: "buttons",
        data: {
          body: t.nextStep,
          buttons: [
            { id: "change_address", title: t.changeAddress },
            { id: "agent", title: t.talkToUs },
            { id: "done", title: t.allGood },
          ],
        },
      })
      .add([7, 0], {
        id: "ask_address",
        type: "question",
        data: {
          prompt: t.askAddress,
          variable: "new_address",
          answer: { type: "text", minLength: 10, maxLength: 300 },
          retryMessage: t.addressRetry,
        },
      })
      .add([7, 1.5], { id: "thanks", type: "end", data: { message: t.thanks } })
      .add([7, 3], {
        id: "team",
        type: "handoff",
        data: { message: t.team, team: "support", note: t.teamNote },
      })
      .add([8, 0], {
        id: "confirm_address",
        type: "buttons",
        data: {
          body: t.confirmAddress,
          buttons: [
            { id: "yes", title: t.addressYes },
            { id: "no", title: t.addressNo },
          ],
        },
      })
      .add([9, 0], {
        id: "update_address",
        type: "http_request",
        data: {
          method: "PATCH",
          url: `${API}/address`,
          headers: AUTH,
          body: '{ "address": "{{new_address}}" }',
          timeoutMs: 8000,
        },
      })
      .add([9, 1.5], {
        id: "fix_address",
        type: "jump",
        data: { target: { kind: "node", nodeId: "ask_address" } },
      })
      .add([10, 0], { id: "address_changed", type: "end", data: { message: t.addressChanged } })
      .add([10, 1], {
        id: "address_failed",
        type: "handoff",
        data: { message: t.addressFailed, team: "support", note: t.addressFailedNote },
      })
      .connect("start", "next", "ask_order")
      .connect("ask_order", "next", "lookup")
      .connect("ask_order", "invalid", "team")
      .connect("lookup", "success", "route_status")
      .connect("lookup", "error", "check_error")
      .connect("route_status", "shipped", "format_eta")
      .connect("route_status", "delivered", "delivered")
      .connect("route_status", "processing", "processing")
      .connect("route_status", "else", "other_status")
      .connect("check_error", "not_found", "not_found")
      .connect("check_error", "else", "system_down")
      .connect("format_eta", "next", "shipped")
      .connect("shipped", "next", "next_step")
      .connect("processing", "next", "next_step")
      .connect("other_status", "next", "next_step")
      .connect("not_found", "retry", "retry_order")
      .connect("not_found", "agent", "team")
      .connect("not_found", "invalid", "team")
      .connect("next_step", "change_address", "ask_address")
      .connect("next_step", "agent", "team")
      .connect("next_step", "done", "thanks")
      .connect("next_step", "invalid", "thanks")
      .connect("ask_address", "next", "confirm_address")
      .connect("ask_address", "invalid", "team")
      .connect("confirm_address", "yes", "update_address")
      .connect("confirm_address", "no", "fix_address")
      .connect("confirm_address", "invalid", "fix_address")
      .connect("update_address", "success", "address_changed")
      .connect("update_address", "error", "address_failed")
      .build({
        variables: [
          { name: "order_number", description: t.help.orderNumber },
          { name: "order_status", description: t.help.status },
          { name: "carrier", description: t.help.carrier },
          { name: "tracking_number", description: t.help.trackingNumber },
          { name: "tracking_url", description: t.help.trackingUrl },
          { name: "delivery_date", description: t.help.deliveryDate },
          { name: "delivery_date_text", description: t.help.deliveryDateText },
          { name: "lookup_status", description: t.help.lookupStatus },
          { name: "new_address", description: t.help.newAddress },
        ],
        settings: templateSettings(locale),
      });
  },
};
