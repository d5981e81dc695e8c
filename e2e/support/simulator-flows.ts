/**
 * Flows the simulator's browser tests play, as flow documents (lib/flow's schema, version 1).
 * Written by hand like a marketer would draw them, so the tests exercise real node data.
 */
type Json = Record<string, unknown>;

const node = (id: string, type: string, x: number, data: Json, y = 0) => ({
  id,
  type,
  position: { x, y },
  data,
});
const edge = (id: string, source: string, sourceHandle: string, target: string) => ({
  id,
  source,
  sourceHandle,
  target,
});
const flow = (nodes: Json[], edges: Json[], variables: Json[] = []) => ({
  version: 1,
  nodes,
  edges,
  variables,
  settings: { locale: "en" },
});

/** Offer → reply buttons → ask the e-mail (validated) → confirmation with the e-mail filled in. */
export function leadCaptureFlow() {
  return flow(
    [
      node("start", "start", 0, { trigger: { kind: "any" } }),
      node("offer", "buttons", 260, {
        body: "Hi! Would you like *10% off* your first order?",
        footer: "Tulp & Co",
        buttons: [
          { id: "yes", title: "Yes please" },
          { id: "no", title: "No thanks" },
        ],
      }),
      node("ask-email", "question", 520, {
        prompt: "Great! What is your e-mail address?",
        variable: "email",
        answer: { type: "email" },
        maxAttempts: 3,
      }),
      node("thanks", "message", 780, { text: "Thanks! Your code is on its way to *{{email}}*." }),
      node("bye", "end", 1040, { message: "" }),
      node("no-thanks", "end", 520, { message: "Maybe next time!" }, 240),
    ],
    [
      edge("e1", "start", "next", "offer"),
      edge("e2", "offer", "yes", "ask-email"),
      edge("e3", "offer", "no", "no-thanks"),
      edge("e4", "ask-email", "next", "thanks"),
      edge("e5", "ask-email", "invalid", "no-thanks"),
      edge("e6", "thanks", "next", "bye"),
    ],
    [{ name: "email" }],
  );
}

/** A list of shops in two sections; each row answers with its own message. */
export function shopListFlow() {
  return flow(
    [
      node("start", "start", 0, { trigger: { kind: "any" } }),
      node("shops", "list", 260, {
        header: "Our shops",
        body: "Which shop is closest to you?",
        footer: "Open every day",
        buttonLabel: "Choose a shop",
        sections: [
          {
            title: "Istanbul",
            rows: [
              { id: "kadikoy", title: "Kadıköy", description: "Moda Cd. 12" },
              { id: "besiktas", title: "Beşiktaş", description: "" },
            ],
          },
          {
            title: "Amsterdam",
            rows: [{ id: "jordaan", title: "Jordaan", description: "Westerstraat 1" }],
          },
        ],
      }),
      node("kadikoy", "end", 520, { message: "Kadıköy: open 10:00–20:00." }),
      node("besiktas", "end", 520, { message: "Beşiktaş: open 09:00–21:00." }, 160),
      node("jordaan", "end", 520, { message: "Jordaan: open 09:00–18:00. Tot ziens!" }, 320),
    ],
    [
      edge("e1", "start", "next", "shops"),
      edge("e2", "shops", "kadikoy", "kadikoy"),
      edge("e3", "shops", "besiktas", "besiktas"),
      edge("e4", "shops", "jordaan", "jordaan"),
    ],
  );
}

/**
 * An order follow-up: a 2-hour delay, then a day later a free-form question (refused once the
 * 24-hour window has closed) and the approved template that may still go out.
 */
export function followUpFlow() {
  return flow(
    [
      node("start", "start", 0, { trigger: { kind: "any" } }),
      node("packed", "message", 260, { text: "Thanks! Your order is being packed." }),
      node("wait-ship", "delay", 520, { amount: 2, unit: "hours" }),
      node("shipped", "message", 780, { text: "Your order has shipped." }),
      node("wait-review", "delay", 1040, { amount: 24, unit: "hours" }),
      node("ask", "message", 1300, { text: "How was your delivery?" }),
      node("template", "template", 1560, {
        name: "delivery_feedback",
        language: "en",
        bodyText: "Hi! How was your delivery? Tap below to tell us.",
        buttons: [
          { kind: "quick_reply", id: "great", title: "Great" },
          { kind: "quick_reply", id: "bad", title: "Not good" },
        ],
      }),
      node("end", "end", 1820, { message: "" }),
    ],
    [
      edge("e1", "start", "next", "packed"),
      edge("e2", "packed", "next", "wait-ship"),
      edge("e3", "wait-ship", "next", "shipped"),
      edge("e4", "shipped", "next", "wait-review"),
      edge("e5", "wait-review", "next", "ask"),
      edge("e6", "ask", "next", "template"),
      edge("e7", "template", "great", "end"),
      edge("e8", "template", "bad", "end"),
      edge("e9", "template", "other", "end"),
    ],
  );
}

/** Looks an order up at `baseUrl` and answers with its status, or says the shop is unreachable. */
export function orderLookupFlow(baseUrl: string) {
  return flow(
    [
      node("start", "start", 0, { trigger: { kind: "any" } }),
      node("lookup", "http_request", 260, {
        method: "GET",
        url: `${baseUrl}/orders/1042`,
        timeoutMs: 3000,
        mappings: [{ path: "status", variable: "status" }],
      }),
      node("found", "end", 520, { message: "Order #1042 is *{{status}}*." }),
      node("failed", "end", 520, { message: "Sorry, the shop cannot be reached." }, 200),
    ],
    [
      edge("e1", "start", "next", "lookup"),
      edge("e2", "lookup", "success", "found"),
      edge("e3", "lookup", "error", "failed"),
    ],
    [{ name: "status" }],
  );
}

/**
 * Every kind of message the bot can send, one after the other: formatted text with a link, a
 * photo, a document, a video and a voice note (served by `mediaUrl`), a link button, a template
 * with a link button, then a location request and, once a place is shared, a list.
 */
export function everyMessageFlow(mediaUrl: string) {
  const media = (kind: string, file: string, caption = "", filename = "") => ({
    text: "",
    media: { kind, url: `${mediaUrl}/${file}`, caption, filename },
  });
  return flow(
    [
      node("start", "start", 0, { trigger: { kind: "any" } }),
      node("text", "message", 260, {
        text: "*Welcome* to _Tulp & Co_! ~Was €40~ now €29 with ```TULP10```.\nSee https://tulp.example/sale",
      }),
      node("photo", "message", 520, media("image", "photo.svg", "Our spring bouquet 🌷")),
      node("doc", "message", 780, media("document", "catalogue.pdf", "", "Spring catalogue.pdf")),
      node("video", "message", 1040, media("video", "tour.mp4", "A look inside the shop")),
      node("audio", "message", 1300, media("audio", "hello.ogg")),
      node("cta", "cta_url", 1560, {
        header: "Spring sale",
        body: "Everything in the shop is 25% off until Sunday.",
        footer: "Tulp & Co",
        label: "Open the shop",
        url: "https://tulp.example/sale",
      }),
      node("tpl", "template", 1820, {
        name: "order_shipped",
        language: "en",
        bodyParams: ["Ayşe", "1042"],
        bodyText: "Hi {{1}}, your order #{{2}} has shipped.",
        buttons: [{ kind: "url", title: "Track the parcel", urlParam: "1042" }],
      }),
      node("where", "location_request", 2080, {
        body: "Where should we deliver? Share your location.",
        variable: "location",
      }),
      node("shops", "list", 2340, {
        header: "Nearby shops",
        body: "These shops deliver to you.",
        footer: "Open every day",
        buttonLabel: "Choose a shop",
        sections: [{ title: "Istanbul", rows: [{ id: "kadikoy", title: "Kadıköy" }] }],
      }),
      node("end", "end", 2600, { message: "See you soon!" }),
    ],
    [
      edge("e1", "start", "next", "text"),
      edge("e2", "text", "next", "photo"),
      edge("e3", "photo", "next", "doc"),
      edge("e4", "doc", "next", "video"),
      edge("e5", "video", "next", "audio"),
      edge("e6", "audio", "next", "cta"),
      edge("e7", "cta", "next", "tpl"),
      edge("e8", "tpl", "next", "where"),
      edge("e9", "where", "next", "shops"),
      edge("e10", "where", "invalid", "end"),
      edge("e11", "shops", "kadikoy", "end"),
    ],
    [{ name: "location" }],
  );
}
