import type { Locale } from "@/lib/flow";
import { FlowBuilder } from "../flow-builder";
import type { FlowTemplate } from "../flow-template";
import { templateSettings } from "../settings";

const LINK = "https://shop.example.com/r/{{referral_code}}";

interface Copy {
  keywords: string[];
  help: Record<"shop" | "code", string>;
  shopName: string;
  intro: string;
  getLink: string;
  how: string;
  later: string;
  explain: string;
  ready: string;
  share: string;
  forward: string;
  done: string;
  failed: string;
  laterMessage: string;
}

const en: Copy = {
  keywords: ["invite", "refer a friend", "referral"],
  help: {
    shop: "Your shop's name, as customers know it.",
    code: "The customer's personal invite code.",
  },
  shopName: "Example Shop",
  intro:
    "🎁 *Give 15%, get 15%*\n\nInvite your friends to {{shop_name}}: they get *15% off* their first order, and you get a *15% voucher* for every friend who orders.",
  getLink: "Get my invite link",
  how: "How does it work?",
  later: "Maybe later",
  explain:
    "It's easy:\n\n1️⃣ Get your personal invite link\n2️⃣ Share it with friends on WhatsApp, Instagram or anywhere you like\n3️⃣ Your friend gets 15% off their first order\n4️⃣ As soon as their order ships, we send you a 15% voucher\n\nThere's no limit: invite as many friends as you like! 🙌",
  ready: "Ready to invite your friends?",
  share: `🎉 Here's your personal invite link:\n\n${LINK}\n\nForward the next message to your friends — it has everything they need 👇`,
  forward: `Hi! 👋 I shop at {{shop_name}} and I love it. With my link you get *15% off* your first order: ${LINK}`,
  done: "Thanks for spreading the word! 💚 We'll let you know here as soon as a friend uses your link.",
  failed:
    "Sorry, I couldn't create your link just now 🙈 Please try again in a few minutes by typing *invite*.",
  laterMessage: "No problem! Just type *invite* whenever you're ready 😊",
};

const tr: Copy = {
  keywords: ["davet", "arkadaşını davet et", "arkadaşımı davet et", "referans"],
  help: {
    shop: "Mağazanızın müşterilerin bildiği adı.",
    code: "Müşteriye özel davet kodu.",
  },
  shopName: "Örnek Mağaza",
  intro:
    "🎁 *Arkadaşınıza %15 kazandırın, siz de %15 kazanın*\n\nArkadaşlarınızı {{shop_name}} ile tanıştırın: onlar ilk siparişlerinde *%15 indirim* kazansın, sipariş veren her arkadaşınız için size de *%15 indirim çeki* hediye edelim.",
  getLink: "Davet linkimi al",
  how: "Nasıl çalışır?",
  later: "Belki sonra",
  explain:
    "Çok kolay:\n\n1️⃣ Size özel davet linkinizi alın\n2️⃣ Linki arkadaşlarınızla WhatsApp'ta, Instagram'da ya da dilediğiniz yerde paylaşın\n3️⃣ Arkadaşınız ilk siparişinde %15 indirim kazansın\n4️⃣ Arkadaşınızın siparişi kargoya verildiğinde size %15 indirim çeki gönderelim\n\nSınır yok: dilediğiniz kadar arkadaşınızı davet edin! 🙌",
  ready: "Arkadaşlarınızı davet etmeye hazır mısınız?",
  share: `🎉 İşte size özel davet linkiniz:\n\n${LINK}\n\nBir sonraki mesajı arkadaşlarınıza iletin, ihtiyaç duydukları her şey içinde 👇`,
  forward: `Merhaba! 👋 {{shop_name}} üzerinden alışveriş yapıyorum ve çok memnunum. Benim linkimle ilk siparişinde *%15 indirim* kazanırsın: ${LINK}`,
  done: "Bizi tavsiye ettiğiniz için teşekkürler! 💚 Bir arkadaşınız linkinizi kullandığında size buradan haber vereceğiz.",
  failed:
    "Kusura bakmayın, linkinizi şu an oluşturamadım 🙈 Birkaç dakika sonra *davet* yazarak tekrar deneyebilirsiniz.",
  laterMessage: "Sorun değil! Hazır olduğunuzda *davet* yazmanız yeterli 😊",
};

const COPY: Record<Locale, Copy> = { en, tr };

/**
 * A customer asks for an invite link: the flow makes a personal code, registers it with the shop
 * (which grants the rewards) and sends the link plus a ready-made message to forward to friends.
 */
export const referral: FlowTemplate<"referral"> = {
  id: "referral",
  category: "marketing",
  icon: "UserPlus",
  name: { en: "Refer a friend", tr: "Arkadaşını davet et" },
  description: {
    en: "Customers get a personal invite link and a ready-to-forward message: friends get 15% off their first order, the customer a voucher for each friend who orders.",
    tr: "Müşteriye özel davet linki ve arkadaşlarına iletebileceği hazır bir mesaj gönderir: arkadaşı ilk siparişinde %15 indirim, müşteri her sipariş için indirim çeki kazanır.",
  },
  setup: {
    en: [
      "Set the shop_name variable to your shop's name and adjust the rewards in the texts.",
      "Point POST https://shop.example.com/api/referrals at your shop: it registers each code with the customer's phone, and your shop grants the rewards.",
      "Make https://shop.example.com/r/{code} open your shop with the friend's discount.",
    ],
    tr: [
      "shop_name değişkenine mağazanızın adını yazın ve metinlerdeki ödülleri düzenleyin.",
      "POST https://shop.example.com/api/referrals adresini mağazanıza yönlendirin: her kodu müşterinin telefonuyla kaydeder, ödülleri mağazanız tanımlar.",
      "https://shop.example.com/r/{kod} adresinin mağazanızı arkadaş indirimiyle açmasını sağlayın.",
    ],
  },
  preview: (locale) => [
    { say: COPY[locale].keywords[0] ?? "" },
    { tap: { id: "how", title: COPY[locale].how } },
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
        id: "intro",
        type: "buttons",
        data: {
          body: t.intro,
          buttons: [
            { id: "get_link", title: t.getLink },
            { id: "how", title: t.how },
            { id: "later", title: t.later },
          ],
        },
      })
      .add([2, 1.75], { id: "explain", type: "message", data: { text: t.explain } })
      .add([3, 1.75], {
        id: "ready",
        type: "buttons",
        data: {
          body: t.ready,
          buttons: [
            { id: "get_link", title: t.getLink },
            { id: "later", title: t.later },
          ],
        },
      })
      .add([4, 0], {
        id: "make_code",
        type: "set_variable",
        data: {
          assignments: [
            {
              variable: "referral_code",
              value: { kind: "random_code", length: 6, alphabet: "alphanumeric" },
            },
          ],
        },
      })
      .add([4, 2.75], { id: "later", type: "end", data: { message: t.laterMessage } })
      .add([5, 0], {
        id: "register",
        type: "http_request",
        data: {
          method: "POST",
          url: "https://shop.example.com/api/referrals",
          headers: [{ name: "Authorization", value: "Bearer YOUR_SHOP_API_TOKEN" }],
          body: JSON.stringify(
            {
              code: "{{referral_code}}",
              customer_phone: "{{contact.phone}}",
              customer_name: "{{contact.name}}",
            },
            null,
            2,
          ),
        },
      })
      .add([6, 0], { id: "share", type: "message", data: { text: t.share } })
      .add([6, 1.25], { id: "failed", type: "end", data: { message: t.failed } })
      .add([7, 0], { id: "forward", type: "message", data: { text: t.forward, previewUrl: true } })
      .add([8, 0], {
        id: "remember",
        type: "contact_update",
        data: {
          fields: [{ field: "custom", key: "referral_code", value: "{{referral_code}}" }],
          addTags: ["referrer"],
        },
      })
      .add([9, 0], { id: "done", type: "end", data: { message: t.done } })
      .connect("start", "next", "intro")
      .connect("intro", "get_link", "make_code")
      .connect("intro", "how", "explain")
      .connect("intro", "later", "later")
      .connect("intro", "invalid", "later")
      .connect("explain", "next", "ready")
      .connect("ready", "get_link", "make_code")
      .connect("ready", "later", "later")
      .connect("ready", "invalid", "later")
      .connect("make_code", "next", "register")
      .connect("register", "success", "share")
      .connect("register", "error", "failed")
      .connect("share", "next", "forward")
      .connect("forward", "next", "remember")
      .connect("remember", "next", "done")
      .build({
        variables: [
          { name: "shop_name", description: t.help.shop, defaultValue: t.shopName },
          { name: "referral_code", description: t.help.code },
        ],
        settings: templateSettings(locale),
      });
  },
};
