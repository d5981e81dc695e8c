import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "@/lib/flow/io";
import { markAsReadPayload, toCloudApiPayload } from "./to-cloud-api-payload";
import { validateCloudApiPayload } from "./validate-cloud-api-payload";

const TO = "905321234567";
const envelope = { messaging_product: "whatsapp", recipient_type: "individual", to: TO };

function mapped(msg: OutboundMessage) {
  const payload = toCloudApiPayload(TO, msg);
  // Every mapping must also pass the Cloud API rules the emulator enforces.
  expect(validateCloudApiPayload(payload)).toEqual([]);
  return payload;
}

describe("toCloudApiPayload", () => {
  it("text, preview_url off by default and on when asked", () => {
    expect(mapped({ type: "text", text: "Merhaba 👋" })).toEqual({
      ...envelope,
      type: "text",
      text: { preview_url: false, body: "Merhaba 👋" },
    });
    expect(mapped({ type: "text", text: "https://shop.nl", previewUrl: true })).toEqual({
      ...envelope,
      type: "text",
      text: { preview_url: true, body: "https://shop.nl" },
    });
  });

  it("reply buttons with header, body and footer", () => {
    expect(
      mapped({
        type: "buttons",
        header: { type: "text", text: "Your order" },
        body: "What would you like to do?",
        footer: "Reply any time",
        buttons: [
          { id: "track", title: "Track" },
          { id: "return", title: "Return" },
        ],
      }),
    ).toEqual({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "button",
        header: { type: "text", text: "Your order" },
        body: { text: "What would you like to do?" },
        footer: { text: "Reply any time" },
        action: {
          buttons: [
            { type: "reply", reply: { id: "track", title: "Track" } },
            { type: "reply", reply: { id: "return", title: "Return" } },
          ],
        },
      },
    });
  });

  it("reply buttons without optional parts carry no header or footer keys", () => {
    expect(mapped({ type: "buttons", body: "Yes?", buttons: [{ id: "y", title: "Yes" }] })).toEqual(
      {
        ...envelope,
        type: "interactive",
        interactive: {
          type: "button",
          body: { text: "Yes?" },
          action: { buttons: [{ type: "reply", reply: { id: "y", title: "Yes" } }] },
        },
      },
    );
  });

  it("list with sections, rows and descriptions", () => {
    expect(
      mapped({
        type: "list",
        header: { type: "text", text: "Sizes" },
        body: "Pick a size",
        footer: "EU sizes",
        buttonLabel: "Choose",
        sections: [
          { title: "Small", rows: [{ id: "s", title: "S", description: "36-38" }] },
          {
            title: "Large",
            rows: [
              { id: "l", title: "L" },
              { id: "xl", title: "XL" },
            ],
          },
        ],
      }),
    ).toEqual({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "list",
        header: { type: "text", text: "Sizes" },
        body: { text: "Pick a size" },
        footer: { text: "EU sizes" },
        action: {
          button: "Choose",
          sections: [
            { title: "Small", rows: [{ id: "s", title: "S", description: "36-38" }] },
            {
              title: "Large",
              rows: [
                { id: "l", title: "L" },
                { id: "xl", title: "XL" },
              ],
            },
          ],
        },
      },
    });
  });

  it("cta_url", () => {
    expect(
      mapped({
        type: "cta_url",
        body: "See your cart",
        label: "Open cart",
        url: "https://shop.nl/cart?u=1",
      }),
    ).toEqual({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "cta_url",
        body: { text: "See your cart" },
        action: {
          name: "cta_url",
          parameters: { display_text: "Open cart", url: "https://shop.nl/cart?u=1" },
        },
      },
    });
  });

  it("location request", () => {
    expect(mapped({ type: "location_request", body: "Where should we deliver?" })).toEqual({
      ...envelope,
      type: "interactive",
      interactive: {
        type: "location_request_message",
        body: { text: "Where should we deliver?" },
        action: { name: "send_location" },
      },
    });
  });

  it("media by link: image and video with caption, document with filename, audio without caption", () => {
    const url = "https://cdn.shop.nl/f";
    expect(mapped({ type: "media", mediaKind: "image", url, caption: "New!" })).toEqual({
      ...envelope,
      type: "image",
      image: { link: url, caption: "New!" },
    });
    expect(mapped({ type: "media", mediaKind: "video", url })).toEqual({
      ...envelope,
      type: "video",
      video: { link: url },
    });
    expect(
      mapped({
        type: "media",
        mediaKind: "document",
        url,
        caption: "Invoice",
        filename: "factuur.pdf",
      }),
    ).toEqual({
      ...envelope,
      type: "document",
      document: { link: url, caption: "Invoice", filename: "factuur.pdf" },
    });
    expect(
      mapped({ type: "media", mediaKind: "audio", url, caption: "dropped", filename: "dropped" }),
    ).toEqual({ ...envelope, type: "audio", audio: { link: url } });
    expect(
      mapped({ type: "media", mediaKind: "image", url, filename: "only documents have names" }),
    ).toEqual({ ...envelope, type: "image", image: { link: url } });
  });

  it("template with header and body text parameters and quick-reply and url buttons", () => {
    expect(
      mapped({
        type: "template",
        name: "order_shipped",
        language: "tr",
        components: [
          { type: "header", parameters: [{ type: "text", text: "#1042" }] },
          {
            type: "body",
            parameters: [
              { type: "text", text: "Ayşe" },
              { type: "text", text: "yarın" },
            ],
          },
          { type: "button", subType: "quick_reply", index: 0, parameter: "TRACK_1042" },
          { type: "button", subType: "url", index: 1, parameter: "1042?ref=wa" },
        ],
        preview: "Hi Ayşe…",
        quickReplies: [{ id: "TRACK_1042", title: "Track" }],
      }),
    ).toEqual({
      ...envelope,
      type: "template",
      template: {
        name: "order_shipped",
        language: { code: "tr" },
        components: [
          { type: "header", parameters: [{ type: "text", text: "#1042" }] },
          {
            type: "body",
            parameters: [
              { type: "text", text: "Ayşe" },
              { type: "text", text: "yarın" },
            ],
          },
          {
            type: "button",
            sub_type: "quick_reply",
            index: "0",
            parameters: [{ type: "payload", payload: "TRACK_1042" }],
          },
          {
            type: "button",
            sub_type: "url",
            index: "1",
            parameters: [{ type: "text", text: "1042?ref=wa" }],
          },
        ],
      },
    });
  });

  it("a template without parameters has no components key", () => {
    expect(
      mapped({ type: "template", name: "hello_world", language: "en_US", components: [] }),
    ).toEqual({
      ...envelope,
      type: "template",
      template: { name: "hello_world", language: { code: "en_US" } },
    });
  });

  it("addresses username users by business-scoped user id in recipient", () => {
    const payload = toCloudApiPayload("US.13491208655302741918", { type: "text", text: "hi" });
    expect(payload).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      recipient: "US.13491208655302741918",
      type: "text",
      text: { preview_url: false, body: "hi" },
    });
    expect(validateCloudApiPayload(payload)).toEqual([]);
  });

  it("adds the quoted message and opaque callback data when given", () => {
    expect(
      toCloudApiPayload(
        TO,
        { type: "text", text: "ok" },
        { replyTo: "wamid.IN", bizOpaqueCallbackData: "outbox:7" },
      ),
    ).toEqual({
      ...envelope,
      context: { message_id: "wamid.IN" },
      biz_opaque_callback_data: "outbox:7",
      type: "text",
      text: { preview_url: false, body: "ok" },
    });
  });
});

describe("markAsReadPayload", () => {
  it("marks read, with the typing indicator only when asked", () => {
    expect(markAsReadPayload("wamid.IN")).toEqual({
      messaging_product: "whatsapp",
      status: "read",
      message_id: "wamid.IN",
    });
    expect(markAsReadPayload("wamid.IN", { typing: true })).toEqual({
      messaging_product: "whatsapp",
      status: "read",
      message_id: "wamid.IN",
      typing_indicator: { type: "text" },
    });
  });
});
