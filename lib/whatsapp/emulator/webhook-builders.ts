/**
 * Builders of realistic webhook bodies, exactly as Meta would POST them: inbound messages of every
 * type, status callbacks, and batches of several entries × changes × items. Pure functions, so
 * runtime tests can build bodies without any HTTP; `postWebhook` sends them signed.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { generateWamid } from "./generate-wamid";
import {
  inboundSpecSchema,
  statusSpecSchema,
  type InboundSpec,
  type StatusSpec,
} from "./inbound-spec";

type Json = Record<string, unknown>;

export const DEFAULT_WABA_ID = "100000000000001";
export const DEFAULT_DISPLAY_PHONE_NUMBER = "15550100000";

const DEFAULT_MIME: Record<string, string> = {
  image: "image/jpeg",
  video: "video/mp4",
  audio: "audio/ogg; codecs=opus",
  document: "application/pdf",
  sticker: "image/webp",
};

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Copies only the keys whose value is defined, in the given order (Meta omits absent fields). */
function defined(fields: Json): Json {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function typeBody(
  spec: z.output<typeof inboundSpecSchema>,
  senderName: string | undefined,
  from: string,
): Json {
  switch (spec.type) {
    case "text":
      return { type: "text", text: { body: spec.body } };
    case "button_reply":
      return {
        type: "interactive",
        interactive: {
          type: "button_reply",
          button_reply: { id: spec.buttonId, title: spec.title },
        },
      };
    case "list_reply":
      return {
        type: "interactive",
        interactive: {
          type: "list_reply",
          list_reply: defined({ id: spec.rowId, title: spec.title, description: spec.description }),
        },
      };
    case "template_button":
      return { type: "button", button: { payload: spec.payload, text: spec.text } };
    case "location":
      return {
        type: "location",
        location: defined({
          latitude: spec.latitude,
          longitude: spec.longitude,
          name: spec.name,
          address: spec.address,
          url: spec.url,
        }),
      };
    case "image":
    case "video":
    case "audio":
    case "document":
    case "sticker":
      return {
        type: spec.type,
        [spec.type]: defined({
          caption: spec.caption,
          filename: spec.filename,
          mime_type: spec.mimeType ?? DEFAULT_MIME[spec.type],
          sha256: spec.sha256 ?? randomBytes(32).toString("base64"),
          id: spec.mediaId,
          voice: spec.voice,
          animated: spec.animated,
        }),
      };
    case "contacts":
      return {
        type: "contacts",
        contacts: spec.contacts.map((c) => ({
          name: { formatted_name: c.name, first_name: c.name.split(" ")[0] },
          phones: c.phones.map((phone) => ({
            phone,
            wa_id: phone.replace(/\D/g, ""),
            type: "CELL",
          })),
        })),
      };
    case "reaction":
      return {
        type: "reaction",
        reaction: defined({ message_id: spec.messageId, emoji: spec.emoji }),
      };
    case "order":
      return {
        type: "order",
        order: defined({
          catalog_id: spec.catalogId,
          text: spec.text,
          product_items: spec.items.map((item) =>
            defined({
              product_retailer_id: item.productId,
              quantity: item.quantity,
              item_price: item.itemPrice,
              currency: item.currency,
            }),
          ),
        }),
      };
    case "user_changed_number":
      return {
        type: "system",
        system: {
          body: `User ${senderName ?? from} changed from ${from} to ${spec.newWaId}`,
          wa_id: spec.newWaId,
          type: "user_changed_number",
        },
      };
    case "unsupported":
      return {
        type: "unsupported",
        errors: [
          {
            code: 131051,
            title: "Message type unknown",
            message: "Message type unknown",
            error_data: { details: "Message type is currently not supported." },
          },
        ],
        unsupported: { type: spec.unsupportedType ?? "poll_creation" },
      };
    case "raw":
      return { type: spec.rawType, [spec.rawType]: spec.payload ?? {} };
  }
}

export type Sender = { from?: string; fromUserId?: string; profileName?: string };

/** One item of `value.messages[]`. */
export function buildInboundMessage(spec: InboundSpec, sender: Sender = {}): Json {
  const s = inboundSpecSchema.parse(spec);
  const from = s.from ?? sender.from ?? "";
  const fromUserId = s.fromUserId ?? sender.fromUserId;
  return defined({
    from,
    from_user_id: fromUserId,
    id: s.id ?? generateWamid(),
    timestamp: String(s.timestamp ?? nowSeconds()),
    context: s.replyTo ? { from: DEFAULT_DISPLAY_PHONE_NUMBER, id: s.replyTo } : undefined,
    referral: s.referral,
    ...typeBody(s, sender.profileName, from),
  });
}

/** One item of `value.statuses[]`. */
export function buildStatus(spec: StatusSpec): Json {
  const s = statusSpecSchema.parse(spec);
  const failed = s.status === "failed";
  const errors = s.errors?.map((e) =>
    defined({
      code: e.code,
      title: e.title ?? `Error ${e.code}`,
      message: e.message ?? e.title ?? `Error ${e.code}`,
      error_data: { details: e.details ?? e.title ?? `Error ${e.code}` },
      href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
    }),
  );
  return defined({
    id: s.id,
    status: s.status,
    timestamp: String(s.timestamp ?? nowSeconds()),
    recipient_id: s.recipientId ?? (s.recipientUserId ? undefined : ""),
    recipient_user_id: s.recipientUserId,
    biz_opaque_callback_data: s.bizOpaqueCallbackData,
    conversation:
      s.conversationId && !failed
        ? { id: s.conversationId, origin: { type: "service" } }
        : undefined,
    pricing:
      (s.pricing ?? true) && !failed
        ? { billable: true, pricing_model: "PMP", category: "service", type: "regular" }
        : undefined,
    errors,
  });
}

export type ChangeInput = {
  phoneNumberId: string;
  displayPhoneNumber?: string;
  contacts?: Json[];
  messages?: unknown[];
  statuses?: unknown[];
  errors?: unknown[];
};

/** `entry[].changes[].value` of field `messages`. */
export function buildChangeValue(input: ChangeInput): Json {
  return defined({
    messaging_product: "whatsapp",
    metadata: {
      display_phone_number: input.displayPhoneNumber ?? DEFAULT_DISPLAY_PHONE_NUMBER,
      phone_number_id: input.phoneNumberId,
    },
    contacts: input.contacts,
    messages: input.messages,
    statuses: input.statuses,
    errors: input.errors,
  });
}

/** A whole body: several entries (WABAs), each with several changes. */
export function buildWebhookBody(entries: { wabaId?: string; changes: ChangeInput[] }[]): Json {
  return {
    object: "whatsapp_business_account",
    entry: entries.map((entry) => ({
      id: entry.wabaId ?? DEFAULT_WABA_ID,
      changes: entry.changes.map((change) => ({
        value: buildChangeValue(change),
        field: "messages",
      })),
    })),
  };
}

/** The `value.contacts[]` item Meta sends for a sender. */
export function buildContact(sender: Sender): Json {
  return defined({
    profile: defined({ name: sender.profileName ?? "Test Customer" }),
    wa_id: sender.from || undefined,
    user_id: sender.fromUserId,
  });
}

export const inboundWebhookInputSchema = z.object({
  wabaId: z.string().optional(),
  phoneNumberId: z.string().min(1),
  displayPhoneNumber: z.string().optional(),
  /** The customer's phone number; `""` for a username user (then `fromUserId`). */
  from: z.string(),
  fromUserId: z.string().optional(),
  profileName: z.string().optional(),
  messages: z.array(inboundSpecSchema).min(1),
});
export type InboundWebhookInput = z.input<typeof inboundWebhookInputSchema>;

/** The common case: one customer's message(s) to one number, in one body. */
export function buildInboundWebhook(input: InboundWebhookInput): Json {
  const i = inboundWebhookInputSchema.parse(input);
  const sender: Sender = { from: i.from, fromUserId: i.fromUserId, profileName: i.profileName };
  const messages = i.messages.map((m) => buildInboundMessage(m, sender));
  // System notices come without a contacts array.
  const onlySystem = i.messages.every((m) => m.type === "user_changed_number");
  return buildWebhookBody([
    {
      wabaId: i.wabaId,
      changes: [
        {
          phoneNumberId: i.phoneNumberId,
          displayPhoneNumber: i.displayPhoneNumber,
          contacts: onlySystem ? undefined : [buildContact(sender)],
          messages,
        },
      ],
    },
  ]);
}

export const statusWebhookInputSchema = z.object({
  wabaId: z.string().optional(),
  phoneNumberId: z.string().min(1),
  displayPhoneNumber: z.string().optional(),
  statuses: z.array(statusSpecSchema).min(1),
});
export type StatusWebhookInput = z.input<typeof statusWebhookInputSchema>;

/** Status callbacks for messages sent from one number. */
export function buildStatusWebhook(input: StatusWebhookInput): Json {
  const i = statusWebhookInputSchema.parse(input);
  return buildWebhookBody([
    {
      wabaId: i.wabaId,
      changes: [
        {
          phoneNumberId: i.phoneNumberId,
          displayPhoneNumber: i.displayPhoneNumber,
          statuses: i.statuses.map(buildStatus),
        },
      ],
    },
  ]);
}
