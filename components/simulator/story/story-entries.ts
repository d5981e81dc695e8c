import type { OutboundMessage } from "@/lib/flow";
import type { TranscriptEntry } from "@/lib/simulator/transcript";

/** One of everything the chat can show, including over-limit and refused messages. */
export function storyEntries(now: number, origin: string): TranscriptEntry[] {
  const at = (minutesAgo: number) => now - minutesAgo * 60_000;
  const business = (
    id: string,
    minutesAgo: number,
    message: OutboundMessage,
    refused?: "window_closed",
  ): TranscriptEntry => ({
    kind: "business",
    id,
    at: at(minutesAgo),
    message,
    ...(refused ? { refused } : {}),
  });
  return [
    {
      kind: "customer",
      id: "c0",
      at: at(26 * 60),
      status: "read",
      message: {
        kind: "text",
        id: "wamid.0",
        timestamp: at(26 * 60),
        text: "Hi! I saw your spring sale",
        referral: { adId: "120210455", headline: "Spring sale: 20% off" },
      },
    },
    business("b1", 26 * 60 - 1, {
      type: "text",
      text: "*Welcome to Tulp & Co!* 🌷\nWe ship _everywhere_ in the Netherlands.\n\n> Free shipping over €50\n* Tulips\n* Vases\n1. Pick\n2. Pay\nCode: ```SPRING20``` or `TULP`, see https://tulp.example/sale. <script>alert(1)</script>",
    }),
    {
      kind: "notice",
      id: "n1",
      at: at(60),
      notice: { type: "clock_advanced", byMs: 25 * 3_600_000 },
    },
    business("b2", 59, {
      type: "media",
      mediaKind: "image",
      url: `${origin}/icon.svg`,
      caption: "Our *bestseller*",
    }),
    business("b3", 58, { type: "media", mediaKind: "image", url: `${origin}/icon.svg` }),
    business("b4", 57, {
      type: "media",
      mediaKind: "video",
      url: `${origin}/none.mp4`,
      caption: "How to plant",
    }),
    business("b5", 56, { type: "media", mediaKind: "audio", url: `${origin}/none.ogg` }),
    business("b6", 55, {
      type: "media",
      mediaKind: "document",
      url: `${origin}/files/Catalogue%202025.pdf`,
      caption: "Our catalogue",
    }),
    business("b7", 54, {
      type: "buttons",
      header: { type: "text", text: "Your order" },
      body: "How can we help with order *#1042*?",
      footer: "Tulp & Co",
      buttons: [
        { id: "track", title: "Track it" },
        { id: "return", title: "Return it" },
        { id: "human", title: "Talk to a person" },
      ],
    }),
    {
      kind: "customer",
      id: "c1",
      at: at(53),
      status: "read",
      message: {
        kind: "button",
        id: "wamid.1",
        timestamp: at(53),
        buttonId: "track",
        title: "Track it",
        replyTo: "b7",
      },
    },
    business("b8", 52, {
      type: "list",
      header: { type: "text", text: "Shops" },
      body: "Which shop is closest to you?",
      footer: "Open every day",
      buttonLabel: "Choose a shop",
      sections: [
        {
          title: "Istanbul",
          rows: [
            { id: "kadikoy", title: "Kadıköy", description: "Moda Cd. 12 · 10:00–20:00" },
            { id: "besiktas", title: "Beşiktaş" },
          ],
        },
        {
          title: "Amsterdam",
          rows: [{ id: "jordaan", title: "Jordaan", description: "Westerstraat 1" }],
        },
      ],
    }),
    {
      kind: "customer",
      id: "c2",
      at: at(51),
      status: "read",
      message: {
        kind: "list",
        id: "wamid.2",
        timestamp: at(51),
        rowId: "jordaan",
        title: "Jordaan",
        description: "Westerstraat 1",
        replyTo: "b8",
      },
    },
    business("b9", 50, {
      type: "cta_url",
      body: "Your parcel is on its way.",
      label: "Track parcel",
      url: "https://cargo.example/t/1042",
    }),
    business("b10", 49, { type: "location_request", body: "Where should we deliver?" }),
    {
      kind: "customer",
      id: "c3",
      at: at(48),
      status: "delivered",
      message: {
        kind: "location",
        id: "wamid.3",
        timestamp: at(48),
        latitude: 52.37309,
        longitude: 4.89328,
        name: "Dam",
        address: "Dam, 1012 JS Amsterdam",
      },
    },
    {
      kind: "customer",
      id: "c4",
      at: at(47),
      status: "sent",
      message: {
        kind: "media",
        id: "wamid.4",
        timestamp: at(47),
        mediaKind: "document",
        mediaId: "sim-media-story0001",
        filename: "receipt-1042.pdf",
      },
    },
    business("b11", 46, {
      type: "buttons",
      body: "Over the limits:",
      buttons: [
        { id: "a", title: "This title is far too long" },
        { id: "b", title: "Fine" },
        { id: "c", title: "Fine too" },
        { id: "d", title: "One too many" },
      ],
    }),
    business("b12", 45, {
      type: "template",
      name: "cart_reminder",
      language: "en",
      components: [{ type: "body", parameters: [{ type: "text", text: "Ayşe" }] }],
      preview:
        "Hi *Ayşe*, your cart is waiting for you. Complete your order today for free shipping!",
      quickReplies: [
        { id: "buy", title: "Complete order" },
        { id: "stop", title: "Not interested" },
      ],
    }),
    { kind: "notice", id: "n2", at: at(44), notice: { type: "window_closed" } },
    business("b13", 44, { type: "text", text: "Are you still there?" }, "window_closed"),
    {
      kind: "notice",
      id: "n3",
      at: at(43),
      notice: {
        type: "runtime_error",
        message: "HTTP request to shop.example timed out after 10 s",
      },
    },
    {
      kind: "notice",
      id: "n4",
      at: at(42),
      notice: { type: "session_ended", reason: "completed" },
    },
  ];
}
