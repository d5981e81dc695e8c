import { describe, expect, it } from "vitest";
import { Conversation, effectsOf } from "@/lib/flow/testing/conversation";
import { referral } from "./referral";

const EXPECTED = {
  en: {
    keyword: "Refer a friend",
    intro: {
      type: "buttons",
      body: "🎁 *Give 15%, get 15%*\n\nInvite your friends to Example Shop: they get *15% off* their first order, and you get a *15% voucher* for every friend who orders.",
      buttons: [
        { id: "get_link", title: "Get my invite link" },
        { id: "how", title: "How does it work?" },
        { id: "later", title: "Maybe later" },
      ],
    },
    explain:
      "It's easy:\n\n1️⃣ Get your personal invite link\n2️⃣ Share it with friends on WhatsApp, Instagram or anywhere you like\n3️⃣ Your friend gets 15% off their first order\n4️⃣ As soon as their order ships, we send you a 15% voucher\n\nThere's no limit: invite as many friends as you like! 🙌",
    ready: {
      type: "buttons",
      body: "Ready to invite your friends?",
      buttons: [
        { id: "get_link", title: "Get my invite link" },
        { id: "later", title: "Maybe later" },
      ],
    },
    share: (link: string) =>
      `🎉 Here's your personal invite link:\n\n${link}\n\nForward the next message to your friends — it has everything they need 👇`,
    forward: (link: string) =>
      `Hi! 👋 I shop at Example Shop and I love it. With my link you get *15% off* your first order: ${link}`,
    done: "Thanks for spreading the word! 💚 We'll let you know here as soon as a friend uses your link.",
    failed:
      "Sorry, I couldn't create your link just now 🙈 Please try again in a few minutes by typing *invite*.",
    later: "No problem! Just type *invite* whenever you're ready 😊",
  },
  tr: {
    keyword: "Arkadaşımı davet et",
    intro: {
      type: "buttons",
      body: "🎁 *Arkadaşınıza %15 kazandırın, siz de %15 kazanın*\n\nArkadaşlarınızı Örnek Mağaza ile tanıştırın: onlar ilk siparişlerinde *%15 indirim* kazansın, sipariş veren her arkadaşınız için size de *%15 indirim çeki* hediye edelim.",
      buttons: [
        { id: "get_link", title: "Davet linkimi al" },
        { id: "how", title: "Nasıl çalışır?" },
        { id: "later", title: "Belki sonra" },
      ],
    },
    explain:
      "Çok kolay:\n\n1️⃣ Size özel davet linkinizi alın\n2️⃣ Linki arkadaşlarınızla WhatsApp'ta, Instagram'da ya da dilediğiniz yerde paylaşın\n3️⃣ Arkadaşınız ilk siparişinde %15 indirim kazansın\n4️⃣ Arkadaşınızın siparişi kargoya verildiğinde size %15 indirim çeki gönderelim\n\nSınır yok: dilediğiniz kadar arkadaşınızı davet edin! 🙌",
    ready: {
      type: "buttons",
      body: "Arkadaşlarınızı davet etmeye hazır mısınız?",
      buttons: [
        { id: "get_link", title: "Davet linkimi al" },
        { id: "later", title: "Belki sonra" },
      ],
    },
    share: (link: string) =>
      `🎉 İşte size özel davet linkiniz:\n\n${link}\n\nBir sonraki mesajı arkadaşlarınıza iletin, ihtiyaç duydukları her şey içinde 👇`,
    forward: (link: string) =>
      `Merhaba! 👋 Örnek Mağaza üzerinden alışveriş yapıyorum ve çok memnunum. Benim linkimle ilk siparişinde *%15 indirim* kazanırsın: ${link}`,
    done: "Bizi tavsiye ettiğiniz için teşekkürler! 💚 Bir arkadaşınız linkinizi kullandığında size buradan haber vereceğiz.",
    failed:
      "Kusura bakmayın, linkinizi şu an oluşturamadım 🙈 Birkaç dakika sonra *davet* yazarak tekrar deneyebilirsiniz.",
    later: "Sorun değil! Hazır olduğunuzda *davet* yazmanız yeterli 😊",
  },
};

describe.each(["en", "tr"] as const)("referral template (%s)", (locale) => {
  const x = EXPECTED[locale];
  const flow = referral.build(locale);
  const text = (t: string) => ({ type: "text", text: t });

  function start() {
    const c = new Conversation(flow);
    c.contact = { name: "Elif", phone: "+905321234567", tags: [], fields: {} };
    expect(c.say(x.keyword).outbox).toEqual([x.intro]);
    return c;
  }

  it("golden: explains, registers a personal code with the shop and sends a link to forward", () => {
    const c = start();
    expect(c.tap("how", x.intro.buttons[1]?.title).outbox).toEqual([text(x.explain), x.ready]);

    const register = c.tap("get_link", x.ready.buttons[0]?.title);
    const code = c.session?.variables.referral_code;
    expect(typeof code === "string" && /^[A-HJ-NP-Z2-9]{6}$/.test(code)).toBe(true);
    expect(register.outbox).toEqual([]);
    const [request] = effectsOf(register, "http_request");
    expect(request).toMatchObject({
      method: "POST",
      url: "https://shop.example.com/api/referrals",
    });
    expect(JSON.parse(request?.body ?? "null")).toEqual({
      code,
      customer_phone: "+905321234567",
      customer_name: "Elif",
    });

    const link = `https://shop.example.com/r/${String(code)}`;
    const sent = c.resolve({ status: "success", httpStatus: 201 });
    expect(sent.outbox).toEqual([
      text(x.share(link)),
      { type: "text", text: x.forward(link), previewUrl: true },
      text(x.done),
    ]);
    expect(effectsOf(sent, "contact_update")).toEqual([
      {
        type: "contact_update",
        patch: { fields: { referral_code: code } },
        addTags: ["referrer"],
        removeTags: [],
      },
    ]);
    expect(c.session).toMatchObject({ status: "ended", endedReason: "completed" });
  });

  it("apologises when the shop cannot register the code", () => {
    const c = start();
    c.tap("get_link", x.intro.buttons[0]?.title);
    expect(c.resolve({ status: "error", httpStatus: 503 }).outbox).toEqual([text(x.failed)]);
    expect(c.session?.endedReason).toBe("completed");
  });

  it("takes a maybe later gracefully", () => {
    const c = start();
    expect(c.tap("later", x.intro.buttons[2]?.title).outbox).toEqual([text(x.later)]);
  });
});
