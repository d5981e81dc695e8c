import { flowSchema, type Flow } from "@/lib/flow";

/**
 * A shop's support flow using every node type, for the development gallery (app/dev/editor-parts).
 * It deliberately carries a few problems (a fourth button, an unconnected port, an undeclared
 * variable) so badges and inline errors show.
 */
export function galleryFlow(): Flow {
  const col = (i: number) => i * 330;
  return flowSchema.parse({
    version: 1,
    variables: [
      { name: "email", description: "The customer's e-mail" },
      { name: "order_id" },
      { name: "order", description: "Order JSON from the shop" },
      { name: "first_name", defaultValue: "there" },
    ],
    nodes: [
      {
        id: "start",
        type: "start",
        position: { x: col(0), y: 0 },
        data: {
          label: "Support",
          trigger: { kind: "keyword", keywords: ["help", "yardım", "order"] },
        },
      },
      {
        id: "welcome",
        type: "message",
        position: { x: col(1), y: 0 },
        data: {
          text: "Hi {{first_name}}! 👋 Welcome to *Tulp & Co*.",
          media: { kind: "image", url: "", caption: "" },
        },
      },
      {
        id: "menu",
        type: "buttons",
        position: { x: col(2), y: 0 },
        data: {
          header: "How can we help?",
          body: "Pick one of the options below, {{first_name}}.",
          footer: "We answer within minutes",
          buttons: [
            { id: "track", title: "Track my order" },
            { id: "shop", title: "Browse products" },
            { id: "human", title: "Talk to a human" },
            { id: "extra", title: "Something else entirely" },
          ],
        },
      },
      {
        id: "catalog",
        type: "list",
        position: { x: col(3), y: 0 },
        data: {
          body: "Our collections:",
          buttonLabel: "See collections",
          sections: [
            {
              title: "Women",
              rows: [
                { id: "w_dresses", title: "Dresses", description: "Summer 2025" },
                { id: "w_shoes", title: "Shoes" },
              ],
            },
            { title: "Men", rows: [{ id: "m_shirts", title: "Shirts" }] },
          ],
        },
      },
      {
        id: "ask_email",
        type: "question",
        position: { x: col(0), y: 420 },
        data: {
          prompt: "What is the e-mail address you ordered with?",
          variable: "email",
          answer: { type: "email" },
          timeoutMinutes: 30,
        },
      },
      {
        id: "ask_location",
        type: "location_request",
        position: { x: col(1), y: 420 },
        data: { body: "Share your location and we'll find the nearest store." },
      },
      {
        id: "followup",
        type: "template",
        position: { x: col(2), y: 420 },
        data: {
          name: "order_followup",
          language: "en_US",
          bodyText: "Hi {{1}}, your order {{2}} is on its way!",
          bodyParams: ["{{first_name}}", "{{order_id}}"],
          buttons: [
            { kind: "quick_reply", id: "qr_yes", title: "Thanks!" },
            { kind: "quick_reply", id: "qr_help", title: "I need help" },
          ],
        },
      },
      {
        id: "pay",
        type: "cta_url",
        position: { x: col(3), y: 420 },
        data: {
          body: "Complete your payment for order {{order_id}}.",
          label: "Pay now",
          url: "https://shop.example/pay/{{order_id}}",
        },
      },
      {
        id: "is_vip",
        type: "condition",
        position: { x: col(0), y: 820 },
        data: {
          branches: [
            {
              id: "vip",
              label: "VIP customer",
              groups: [
                {
                  rules: [
                    {
                      subject: { kind: "contact", field: "tags" },
                      operator: "contains",
                      value: "vip",
                    },
                  ],
                },
              ],
            },
            {
              id: "big_order",
              label: "Big order",
              groups: [
                {
                  rules: [
                    {
                      subject: { kind: "variable", name: "order.total" },
                      operator: "greater_than",
                      value: "500",
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
      {
        id: "set_vars",
        type: "set_variable",
        position: { x: col(1), y: 820 },
        data: {
          assignments: [
            { variable: "greeting", value: { kind: "template", template: "Hello {{first_name}}" } },
            { variable: "total", value: { kind: "math", expression: "order.total * 1.2" } },
            { variable: "due", value: { kind: "date", offset: 3 } },
          ],
        },
      },
      {
        id: "wait",
        type: "delay",
        position: { x: col(2), y: 820 },
        data: { amount: 2, unit: "hours" },
      },
      {
        id: "to_faq",
        type: "jump",
        position: { x: col(3), y: 820 },
        data: { target: { kind: "flow", flowId: "faq" } },
      },
      {
        id: "lookup",
        type: "http_request",
        position: { x: col(0), y: 1160 },
        data: {
          method: "GET",
          url: "https://shop.example/api/orders/{{order_id}}",
          mappings: [{ path: "$.status", variable: "order_status" }],
        },
      },
      {
        id: "save_contact",
        type: "contact_update",
        position: { x: col(1), y: 1160 },
        data: {
          fields: [{ field: "email", value: "{{email}}" }],
          addTags: ["lead", "newsletter"],
          optIn: "opt_in",
        },
      },
      {
        id: "agent",
        type: "handoff",
        position: { x: col(2), y: 1160 },
        data: { message: "Connecting you with a colleague…", team: "Support" },
      },
      {
        id: "coupon",
        type: "discount_code",
        position: { x: col(3), y: 1160 },
        data: { source: { kind: "pattern", pattern: "TULP-####" }, variable: "coupon" },
      },
      {
        id: "bye",
        type: "end",
        position: { x: col(4), y: 1160 },
        data: { message: "Thanks, {{first_name}}! Your code is {{coupon}}." },
      },
    ],
    edges: [
      { id: "e1", source: "start", sourceHandle: "next", target: "welcome" },
      { id: "e2", source: "welcome", sourceHandle: "next", target: "menu" },
      { id: "e3", source: "menu", sourceHandle: "shop", target: "catalog" },
      { id: "e4", source: "menu", sourceHandle: "track", target: "ask_email" },
      { id: "e5", source: "menu", sourceHandle: "human", target: "agent" },
      { id: "e6", source: "ask_email", sourceHandle: "next", target: "lookup" },
      { id: "e7", source: "lookup", sourceHandle: "success", target: "is_vip" },
      { id: "e8", source: "is_vip", sourceHandle: "vip", target: "coupon" },
      { id: "e9", source: "coupon", sourceHandle: "ok", target: "bye" },
    ],
  });
}
