import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

/** Reason ids double as list row ids and as the codes sent to the shop's returns API. */
const REASONS = ["wrong_size", "damaged", "not_as_expected", "changed_mind"] as const;
type Reason = (typeof REASONS)[number];

interface Copy {
  keywords: string[];
  help: Record<"order" | "reason" | "photo" | "exchange" | "returnId" | "label", string>;
  askOrder: string;
  orderRetry: string;
  reasons: string;
  chooseReason: string;
  rows: Record<Reason, { title: string; description: string }>;
  askPhoto: string;
  skip: string;
  photoRetry: string;
  askExchange: string;
  registered: string;
  labelButton: string;
  done: string;
  failed: string;
  failedNote: string;
  team: string;
}

const en: Copy = {
  keywords: ["return", "refund", "return request"],
  help: {
    order: "The order number the customer typed.",
    reason: "Why the item goes back: wrong_size, damaged, not_as_expected or changed_mind.",
    photo: "The photo of the damage, if the customer sent one.",
    exchange: "true when the customer prefers an exchange to a refund.",
    returnId: "The return number your shop created.",
    label: "Link to the printable return label.",
  },
  askOrder:
    "↩️ Sorry to hear something isn't right! Let's sort out your return.\n\nWhat's your *order number*? You'll find it in your order confirmation e-mail.",
  orderRetry: "Please send just the order number, e.g. *100234*.",
  reasons: "What's the reason for the return?",
  chooseReason: "Choose a reason",
  rows: {
    wrong_size: {
      title: "Wrong size or fit",
      description: "Too big, too small or not the right fit",
    },
    damaged: { title: "Damaged or faulty", description: "Arrived broken or doesn't work" },
    not_as_expected: { title: "Not as expected", description: "Looks different from the photos" },
    changed_mind: { title: "Changed my mind", description: "I no longer want it" },
  },
  askPhoto:
    "We're really sorry about that 😔 Please send a *photo* of the damage so we can sort it out quickly. (No photo at hand? Type *skip*.)",
  skip: "skip",
  photoRetry: "Please send a photo of the damage, or type *skip*.",
  askExchange:
    "Would you like to *exchange* the item (another size or product) instead of getting a refund?",
  registered:
    "✅ Your return *{{return_id}}* is registered!\n\n1️⃣ Download and print the return label\n2️⃣ Pack the item in its original packaging\n3️⃣ Drop the parcel at a pick-up point within *14 days*\n\nAs soon as it arrives, we'll process your exchange or refund within 5 working days.",
  labelButton: "Return label",
  done: "Thank you! We'll keep you posted about your return here on WhatsApp 💚",
  failed:
    "Sorry, I couldn't register your return automatically 🙈 I'm passing you to our team — they have all your details, so you won't need to repeat anything.",
  failedNote:
    "Return for order {{order_number}}: {{return_reason}}, exchange: {{wants_exchange|no answer}}.",
  team: "Let me pass you to our team 🙋 Someone will reply here shortly.",
};

const tr: Copy = {
  keywords: ["iade", "iade talebi", "para iadesi", "değişim"],
  help: {
    order: "Müşterinin yazdığı sipariş numarası.",
    reason: "İade nedeni: wrong_size, damaged, not_as_expected ya da changed_mind.",
    photo: "Müşteri gönderdiyse hasarın fotoğrafı.",
    exchange: "Müşteri para iadesi yerine değişim istiyorsa true.",
    returnId: "Mağazanızın oluşturduğu iade numarası.",
    label: "Yazdırılabilir iade etiketinin bağlantısı.",
  },
  askOrder:
    "↩️ Bir sorun olduğunu duyduğumuza üzüldük! İade işleminizi hemen başlatalım.\n\n*Sipariş numaranız* nedir? Sipariş onay e-postanızda bulabilirsiniz.",
  orderRetry: "Lütfen yalnızca sipariş numarasını gönderin, örneğin *100234*.",
  reasons: "İade nedeniniz nedir?",
  chooseReason: "Neden seçin",
  rows: {
    wrong_size: {
      title: "Beden/ölçü uymadı",
      description: "Büyük, küçük ya da kalıbı uygun değil",
    },
    damaged: { title: "Hasarlı veya kusurlu", description: "Kırık geldi ya da çalışmıyor" },
    not_as_expected: {
      title: "Beklediğim gibi değil",
      description: "Fotoğraflardakinden farklı görünüyor",
    },
    changed_mind: { title: "Vazgeçtim", description: "Artık istemiyorum" },
  },
  askPhoto:
    "Bunun için çok üzgünüz 😔 Hızlıca çözebilmemiz için lütfen hasarın bir *fotoğrafını* gönderin. (Şu an fotoğraf yoksa *geç* yazın.)",
  skip: "geç",
  photoRetry: "Lütfen hasarın fotoğrafını gönderin ya da *geç* yazın.",
  askExchange: "Para iadesi yerine ürünü *değiştirmek* (farklı beden ya da ürün) ister misiniz?",
  registered:
    "✅ *{{return_id}}* numaralı iade talebiniz oluşturuldu!\n\n1️⃣ İade etiketini indirip yazdırın\n2️⃣ Ürünü orijinal ambalajıyla paketleyin\n3️⃣ Paketi *14 gün* içinde kargo şubesine teslim edin\n\nÜrün bize ulaştığında değişim ya da para iadenizi 5 iş günü içinde tamamlıyoruz.",
  labelButton: "İade etiketi",
  done: "Teşekkür ederiz! İadenizle ilgili gelişmeleri buradan, WhatsApp'tan bildireceğiz 💚",
  failed:
    "Kusura bakmayın, iade talebinizi otomatik olarak oluşturamadım 🙈 Sizi ekibimize aktarıyorum; tüm bilgileriniz onlarda, hiçbir şeyi tekrar anlatmanıza gerek yok.",
  failedNote:
    "{{order_number}} numaralı sipariş için iade: {{return_reason}}, değişim: {{wants_exchange|yanıt yok}}.",
  team: "Sizi ekibimize aktarıyorum 🙋 Kısa süre içinde buradan yanıt verilecek.",
};

const COPY: Record<Locale, Copy> = { en, tr };

/**
 * Collects what a returns desk needs — order, reason, a photo when damaged, refund or exchange —
 * registers the return in the shop and hands out the label. A failure goes to a person with
 * everything already noted.
 */
export const returnRequest: FlowTemplate<"return-request"> = {
  id: "return-request",
  category: "orders",
  icon: "PackageOpen",
  name: { en: "Return and refund request", tr: "İade ve para iadesi talebi" },
  description: {
    en: "Takes a return from start to finish: order number, reason, a photo when the item is damaged, refund or exchange, then the return label from your shop.",
    tr: "İadeyi baştan sona yönetir: sipariş numarası, iade nedeni, hasarlıysa fotoğraf, para iadesi ya da değişim tercihi ve mağazanızdan iade etiketi.",
  },
  setup: {
    en: [
      "Point POST https://shop.example.com/api/returns at your shop. It receives order_number, reason, exchange and photo, and should answer JSON with return_id and label_url.",
      "Replace YOUR_SHOP_API_TOKEN in the Authorization header.",
      "Adjust the 14-day return window and refund time to your policy.",
    ],
    tr: [
      "POST https://shop.example.com/api/returns adresini mağazanıza yönlendirin. order_number, reason, exchange ve photo alanlarını alır; yanıtı return_id ve label_url içeren bir JSON olmalı.",
      "Authorization başlığındaki YOUR_SHOP_API_TOKEN değerini kendi anahtarınızla değiştirin.",
      "14 günlük iade süresini ve iade süresini kendi koşullarınıza göre düzenleyin.",
    ],
  },
  preview: (locale) => [{ say: COPY[locale].keywords[0] ?? "" }, { say: "100234" }],
  build(locale) {
    const t = COPY[locale];
    const builder = new FlowBuilder()
      .add([0, 1.5], {
        id: "start",
        type: "start",
        data: { trigger: { kind: "keyword", keywords: t.keywords } },
      })
      .add([1, 1.5], {
        id: "ask_order",
        type: "question",
        data: {
          prompt: t.askOrder,
          variable: "order_number",
          answer: { type: "text", minLength: 3, maxLength: 30 },
          retryMessage: t.orderRetry,
        },
      })
      .add([2, 1.5], {
        id: "reason",
        type: "list",
        data: {
          body: t.reasons,
          buttonLabel: t.chooseReason,
          sections: [{ rows: REASONS.map((id) => ({ id, ...t.rows[id] })) }],
        },
      })
      .add([4, 1], {
        id: "ask_photo",
        type: "question",
        data: {
          prompt: t.askPhoto,
          variable: "damage_photo",
          answer: { type: "media", kinds: ["image"] },
          retryMessage: t.photoRetry,
          maxAttempts: 2,
          skipWord: t.skip,
        },
      })
      .add([5, 1.5], {
        id: "ask_exchange",
        type: "question",
        data: {
          prompt: t.askExchange,
          variable: "wants_exchange",
          answer: { type: "yes_no", buttons: true },
        },
      })
      .add([6, 1.5], {
        id: "register",
        type: "http_request",
        data: {
          method: "POST",
          url: "https://shop.example.com/api/returns",
          headers: [{ name: "Authorization", value: "Bearer YOUR_SHOP_API_TOKEN" }],
          body: JSON.stringify(
            {
              order_number: "{{order_number}}",
              reason: "{{return_reason}}",
              exchange: "{{wants_exchange}}",
              photo: "{{damage_photo}}",
              customer_phone: "{{contact.phone}}",
            },
            null,
            2,
          ),
          timeoutMs: 8000,
          mappings: [
            { path: "$.return_id", variable: "return_id" },
            { path: "$.label_url", variable: "label_url" },
          ],
        },
      })
      .add([7, 1], {
        id: "label",
        type: "cta_url",
        data: { body: t.registered, label: t.labelButton, url: "{{label_url}}" },
      })
      .add([7, 2.25], {
        id: "failed",
        type: "handoff",
        data: { message: t.failed, team: "returns", note: t.failedNote },
      })
      .add([8, 1], { id: "done", type: "end", data: { message: t.done } })
      .add([3, 4], { id: "team", type: "handoff", data: { message: t.team, team: "returns" } })
      .connect("start", "next", "ask_order")
      .connect("ask_order", "next", "reason")
      .connect("ask_order", "invalid", "team")
      .connect("reason", "invalid", "team")
      .connect("ask_photo", "next", "ask_exchange")
      .connect("ask_photo", "invalid", "ask_exchange")
      .connect("ask_exchange", "next", "register")
      .connect("ask_exchange", "invalid", "register")
      .connect("register", "success", "label")
      .connect("register", "error", "failed")
      .connect("label", "next", "done");
    REASONS.forEach((reason, i) => {
      const id = `reason_${reason}`;
      builder
        .add([3, i], {
          id,
          type: "set_variable",
          data: {
            assignments: [{ variable: "return_reason", value: { kind: "literal", value: reason } }],
          },
        })
        .connect("reason", reason, id)
        .connect(id, "next", reason === "damaged" ? "ask_photo" : "ask_exchange");
    });
    return builder.build({
      variables: [
        { name: "order_number", description: t.help.order },
        { name: "return_reason", description: t.help.reason },
        { name: "damage_photo", description: t.help.photo },
        { name: "wants_exchange", description: t.help.exchange },
        { name: "return_id", description: t.help.returnId },
        { name: "label_url", description: t.help.label },
      ],
      settings: templateSettings(locale),
    });
  },
};
