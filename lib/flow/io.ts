/**
 * The channel-neutral messages that cross the engine's boundary.
 *
 * Inbound: what a customer sent, already parsed out of whatever channel carried it (WhatsApp
 * webhook, simulator, API). Outbound: what the engine wants said, before any channel mapping.
 * `lib/whatsapp` maps both ways; the simulator renders outbound directly. Keeping this file free of
 * WhatsApp wire details is what lets one runtime serve every channel.
 */
import { z } from "zod";

/** WhatsApp's documented limits, shared by validation, the canvas counters and the Cloud API mapper. */
export const LIMITS = {
  textBody: 4096,
  interactiveBody: 1024,
  header: 60,
  footer: 60,
  buttonsMax: 3,
  buttonTitle: 20,
  buttonId: 256,
  listButtonLabel: 20,
  listSectionsMax: 10,
  listRowsMax: 10,
  listSectionTitle: 24,
  listRowTitle: 24,
  listRowDescription: 72,
  listRowId: 200,
  ctaLabel: 20,
  mediaCaption: 1024,
} as const;

// ---------------------------------------------------------------------------------------------
// Inbound
// ---------------------------------------------------------------------------------------------

export const mediaKindSchema = z.enum(["image", "video", "document", "audio", "sticker"]);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/** Click-to-WhatsApp ad context, present on the first message after an ad click. */
export const adReferralSchema = z.object({
  adId: z.string().optional(),
  sourceUrl: z.string().optional(),
  sourceType: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  ctwaClid: z.string().optional(),
});
export type AdReferral = z.infer<typeof adReferralSchema>;

const inboundBase = {
  /** Channel message id (e.g. `wamid.…`); unique per channel. */
  id: z.string().min(1),
  /** Unix milliseconds at which the customer sent it (channel clock, not ours). */
  timestamp: z.number().int().nonnegative(),
  /** Id of the message this one replies to, when the customer used "reply". */
  replyTo: z.string().optional(),
  referral: adReferralSchema.optional(),
};

export const inboundMessageSchema = z.discriminatedUnion("kind", [
  z.object({ ...inboundBase, kind: z.literal("text"), text: z.string() }),
  /** A tap on a reply button (interactive) or a template quick-reply button. */
  z.object({
    ...inboundBase,
    kind: z.literal("button"),
    buttonId: z.string(),
    title: z.string(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal("list"),
    rowId: z.string(),
    title: z.string(),
    description: z.string().optional(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal("location"),
    latitude: z.number(),
    longitude: z.number(),
    name: z.string().optional(),
    address: z.string().optional(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal("media"),
    mediaKind: mediaKindSchema,
    /** Channel media id: downloaded on demand, never eagerly. */
    mediaId: z.string(),
    mimeType: z.string().optional(),
    caption: z.string().optional(),
    filename: z.string().optional(),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal("order"),
    catalogId: z.string().optional(),
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
  z.object({
    ...inboundBase,
    kind: z.literal("contacts"),
    contacts: z.array(z.object({ name: z.string().optional(), phones: z.array(z.string()) })),
  }),
  z.object({
    ...inboundBase,
    kind: z.literal("reaction"),
    messageId: z.string(),
    /** Absent when the customer removed their reaction. */
    emoji: z.string().optional(),
  }),
  /** Anything the channel sent that Sohbet does not understand (yet); never a crash. */
  z.object({ ...inboundBase, kind: z.literal("unknown"), rawType: z.string() }),
]);
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type InboundKind = InboundMessage["kind"];

// ---------------------------------------------------------------------------------------------
// Outbound
// ---------------------------------------------------------------------------------------------

export const outboundMediaKindSchema = z.enum(["image", "video", "document", "audio"]);

export const textHeaderSchema = z.object({ type: z.literal("text"), text: z.string() });

const replyButtonSchema = z.object({ id: z.string(), title: z.string() });
const listRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
});
const listSectionSchema = z.object({ title: z.string().optional(), rows: z.array(listRowSchema) });

/** A template parameter, already resolved from variables. */
export const templateParameterSchema = z.object({ type: z.literal("text"), text: z.string() });
export const templateComponentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("header"), parameters: z.array(templateParameterSchema) }),
  z.object({ type: z.literal("body"), parameters: z.array(templateParameterSchema) }),
  z.object({
    type: z.literal("button"),
    subType: z.enum(["quick_reply", "url"]),
    index: z.number().int().min(0),
    /** quick_reply: the payload that comes back when tapped; url: the URL suffix parameter. */
    parameter: z.string(),
  }),
]);

/**
 * Outbound messages carry no ids of their own: the runtime derives an idempotency key from the
 * conversation, the engine step and the message's index in the outbox.
 */
export const outboundMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string(), previewUrl: z.boolean().optional() }),
  z.object({
    type: z.literal("media"),
    mediaKind: outboundMediaKindSchema,
    url: z.string(),
    caption: z.string().optional(),
    filename: z.string().optional(),
  }),
  z.object({
    type: z.literal("buttons"),
    body: z.string(),
    header: textHeaderSchema.optional(),
    footer: z.string().optional(),
    buttons: z.array(replyButtonSchema),
  }),
  z.object({
    type: z.literal("list"),
    body: z.string(),
    header: textHeaderSchema.optional(),
    footer: z.string().optional(),
    buttonLabel: z.string(),
    sections: z.array(listSectionSchema),
  }),
  z.object({
    type: z.literal("cta_url"),
    body: z.string(),
    header: textHeaderSchema.optional(),
    footer: z.string().optional(),
    label: z.string(),
    url: z.string(),
  }),
  z.object({ type: z.literal("location_request"), body: z.string() }),
  z.object({
    type: z.literal("template"),
    name: z.string(),
    language: z.string(),
    components: z.array(templateComponentSchema),
    /**
     * What the customer will read, rendered from the template's known text when the flow has it,
     * so the simulator and the inbox can show it.
     */
    preview: z.string().optional(),
    /** Quick-reply buttons, in order, so the simulator can draw them. */
    quickReplies: z.array(replyButtonSchema).optional(),
  }),
]);
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;
export type OutboundType = OutboundMessage["type"];
