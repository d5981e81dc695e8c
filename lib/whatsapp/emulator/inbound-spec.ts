/**
 * What a test (or the emulator's control API) says a customer sent, in our words; the builders
 * turn it into Meta's exact wire JSON. One spec per documented inbound type, plus `raw` for a type
 * Meta has not invented yet.
 */
import { z } from "zod";
import { wireReferralSchema } from "../webhook/wire-message";

const common = {
  /** Defaults to a fresh wamid. */
  id: z.string().optional(),
  /** Overrides the webhook's sender for this message; `""` for a username user. */
  from: z.string().optional(),
  fromUserId: z.string().optional(),
  /** Unix seconds; defaults to now. */
  timestamp: z.number().optional(),
  /** wamid of the message this one replies to (`context.id`). */
  replyTo: z.string().optional(),
  referral: wireReferralSchema.optional(),
};

const media = <T extends "image" | "video" | "audio" | "document" | "sticker">(type: T) =>
  z.object({
    ...common,
    type: z.literal(type),
    mediaId: z.string(),
    mimeType: z.string().optional(),
    sha256: z.string().optional(),
    caption: z.string().optional(),
    filename: z.string().optional(),
    voice: z.boolean().optional(),
    animated: z.boolean().optional(),
  });

export const inboundSpecSchema = z.discriminatedUnion("type", [
  z.object({ ...common, type: z.literal("text"), body: z.string() }),
  z.object({ ...common, type: z.literal("button_reply"), buttonId: z.string(), title: z.string() }),
  z.object({
    ...common,
    type: z.literal("list_reply"),
    rowId: z.string(),
    title: z.string(),
    description: z.string().optional(),
  }),
  /** A tap on a template quick-reply button. */
  z.object({
    ...common,
    type: z.literal("template_button"),
    payload: z.string(),
    text: z.string(),
  }),
  z.object({
    ...common,
    type: z.literal("location"),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
    url: z.string().optional(),
  }),
  media("image"),
  media("video"),
  media("audio"),
  media("document"),
  media("sticker"),
  z.object({
    ...common,
    type: z.literal("contacts"),
    contacts: z.array(z.object({ name: z.string(), phones: z.array(z.string()) })),
  }),
  /** No emoji: the customer removed their reaction. */
  z.object({
    ...common,
    type: z.literal("reaction"),
    messageId: z.string(),
    emoji: z.string().optional(),
  }),
  z.object({
    ...common,
    type: z.literal("order"),
    catalogId: z.string(),
    text: z.string().optional(),
    items: z.array(
      z.object({
        productId: z.string(),
        quantity: z.number(),
        itemPrice: z.number().optional(),
        currency: z.string().optional(),
      }),
    ),
  }),
  z.object({ ...common, type: z.literal("user_changed_number"), newWaId: z.string() }),
  z.object({ ...common, type: z.literal("unsupported"), unsupportedType: z.string().optional() }),
  /** Any type, wire body given as is: for future types. */
  z.object({
    ...common,
    type: z.literal("raw"),
    rawType: z.string(),
    payload: z.unknown().optional(),
  }),
]);
export type InboundSpec = z.input<typeof inboundSpecSchema>;

export const statusSpecSchema = z.object({
  /** The wamid the Cloud API answered when the message was sent. */
  id: z.string(),
  status: z.enum(["sent", "delivered", "read", "failed", "played"]),
  recipientId: z.string().optional(),
  recipientUserId: z.string().optional(),
  /** Unix seconds; defaults to now. */
  timestamp: z.number().optional(),
  errors: z
    .array(
      z.object({
        code: z.number(),
        title: z.string().optional(),
        message: z.string().optional(),
        details: z.string().optional(),
      }),
    )
    .optional(),
  bizOpaqueCallbackData: z.string().optional(),
  conversationId: z.string().optional(),
  /** Adds Meta's pricing object (on sent/delivered/read). Default true. */
  pricing: z.boolean().optional(),
});
export type StatusSpec = z.input<typeof statusSpecSchema>;
