/**
 * Maps an engine `OutboundMessage` to the exact JSON the Cloud API expects. Pure; limits are not
 * enforced here (see `checkOutboundLimits`) so that the mapping stays a faithful translation.
 */
import type { OutboundMessage } from "@/lib/flow/io";
import type { CloudApiMessage, CloudApiMarkRead } from "./cloud-api-message";
import { isBusinessScopedUserId } from "./is-business-scoped-user-id";

export type PayloadOptions = {
  /** wamid of the customer's message to quote. */
  replyTo?: string;
  /** Echoed back on this message's status webhooks (≤ 512 chars): e.g. the outbox row id. */
  bizOpaqueCallbackData?: string;
};

type Header = { type: "text"; text: string } | undefined;

/** `Omit` that keeps a union a union, so each message type keeps its own payload key. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type CloudApiContent = DistributiveOmit<
  CloudApiMessage,
  | "messaging_product"
  | "recipient_type"
  | "to"
  | "recipient"
  | "context"
  | "biz_opaque_callback_data"
>;

function interactiveFrame(header: Header, body: string, footer: string | undefined) {
  return {
    ...(header ? { header: { type: "text" as const, text: header.text } } : {}),
    body: { text: body },
    ...(footer !== undefined ? { footer: { text: footer } } : {}),
  };
}

function content(msg: OutboundMessage): CloudApiContent {
  switch (msg.type) {
    case "text":
      return { type: "text", text: { preview_url: msg.previewUrl ?? false, body: msg.text } };
    case "media": {
      const link = { link: msg.url };
      const caption = msg.caption !== undefined ? { caption: msg.caption } : {};
      switch (msg.mediaKind) {
        case "audio":
          return { type: "audio", audio: link };
        case "document":
          return {
            type: "document",
            document: {
              ...link,
              ...caption,
              ...(msg.filename !== undefined ? { filename: msg.filename } : {}),
            },
          };
        case "image":
          return { type: "image", image: { ...link, ...caption } };
        case "video":
          return { type: "video", video: { ...link, ...caption } };
      }
    }
    case "buttons":
      return {
        type: "interactive",
        interactive: {
          type: "button",
          ...interactiveFrame(msg.header, msg.body, msg.footer),
          action: {
            buttons: msg.buttons.map((b) => ({
              type: "reply",
              reply: { id: b.id, title: b.title },
            })),
          },
        },
      };
    case "list":
      return {
        type: "interactive",
        interactive: {
          type: "list",
          ...interactiveFrame(msg.header, msg.body, msg.footer),
          action: {
            button: msg.buttonLabel,
            sections: msg.sections.map((s) => ({
              ...(s.title !== undefined ? { title: s.title } : {}),
              rows: s.rows.map((r) => ({
                id: r.id,
                title: r.title,
                ...(r.description !== undefined ? { description: r.description } : {}),
              })),
            })),
          },
        },
      };
    case "cta_url":
      return {
        type: "interactive",
        interactive: {
          type: "cta_url",
          ...interactiveFrame(msg.header, msg.body, msg.footer),
          action: { name: "cta_url", parameters: { display_text: msg.label, url: msg.url } },
        },
      };
    case "location_request":
      return {
        type: "interactive",
        interactive: {
          type: "location_request_message",
          body: { text: msg.body },
          action: { name: "send_location" },
        },
      };
    case "template": {
      const components = msg.components.map((c) => {
        if (c.type !== "button") {
          return {
            type: c.type,
            parameters: c.parameters.map((p) => ({ type: "text" as const, text: p.text })),
          };
        }
        return {
          type: "button" as const,
          sub_type: c.subType,
          index: String(c.index),
          parameters: [
            c.subType === "quick_reply"
              ? { type: "payload" as const, payload: c.parameter }
              : { type: "text" as const, text: c.parameter },
          ],
        };
      });
      return {
        type: "template",
        template: {
          name: msg.name,
          language: { code: msg.language },
          ...(components.length > 0 ? { components } : {}),
        },
      };
    }
  }
}

/**
 * `to` is the contact's phone number, or their business-scoped user id when Meta does not share the
 * number (username users): the Cloud API takes the latter in `recipient`.
 */
export function toCloudApiPayload(
  to: string,
  msg: OutboundMessage,
  options: PayloadOptions = {},
): CloudApiMessage {
  const address = isBusinessScopedUserId(to) ? { recipient: to } : { to };
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    ...address,
    ...(options.replyTo ? { context: { message_id: options.replyTo } } : {}),
    ...(options.bizOpaqueCallbackData !== undefined
      ? { biz_opaque_callback_data: options.bizOpaqueCallbackData }
      : {}),
    ...content(msg),
  };
}

/** Marks a customer's message read (blue ticks); with `typing`, shows "typing…" for up to 25 s. */
export function markAsReadPayload(
  messageId: string,
  options: { typing?: boolean } = {},
): CloudApiMarkRead {
  return {
    messaging_product: "whatsapp",
    status: "read",
    message_id: messageId,
    ...(options.typing ? { typing_indicator: { type: "text" } } : {}),
  };
}
