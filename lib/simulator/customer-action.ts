import { z } from "zod";
import { adReferralSchema, jsonValueSchema, LIMITS } from "@/lib/flow";

/** Simulator media ids look like this, so a preview kept in the browser can be found again. */
export const SIMULATOR_MEDIA_ID = /^sim-media-[a-z0-9-]{8,64}$/;

const replyTo = z.string().max(200).optional();

/**
 * What the person trying a flow can do as the customer. The server adds the message id and the
 * simulated clock's timestamp, which makes it an `InboundMessage` like one from a webhook.
 */
export const customerMessageSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: z.string().trim().min(1).max(LIMITS.textBody),
    /** Present on the first message of a click-to-WhatsApp ad arrival. */
    referral: adReferralSchema.optional(),
  }),
  z.object({
    kind: z.literal("button"),
    buttonId: z.string().min(1).max(LIMITS.buttonId),
    title: z.string().max(200),
    replyTo,
  }),
  z.object({
    kind: z.literal("list"),
    rowId: z.string().min(1).max(LIMITS.listRowId),
    title: z.string().max(200),
    description: z.string().max(200).optional(),
    replyTo,
  }),
  z.object({
    kind: z.literal("location"),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().max(200).optional(),
    address: z.string().max(500).optional(),
  }),
  z.object({
    kind: z.literal("media"),
    mediaKind: z.enum(["image", "document"]),
    mediaId: z.string().regex(SIMULATOR_MEDIA_ID),
    mimeType: z.string().max(200).optional(),
    filename: z.string().max(240).optional(),
    caption: z.string().max(LIMITS.mediaCaption).optional(),
  }),
]);
export type CustomerMessage = z.infer<typeof customerMessageSchema>;

export const apiStartVariablesSchema = z.record(z.string().min(1).max(100), jsonValueSchema);

export const customerActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message"), message: customerMessageSchema }),
  /** The conversation started by Sohbet's API, as a shop's backend would, with variables. */
  z.object({
    type: z.literal("api_start"),
    variables: apiStartVariablesSchema,
    startNodeId: z.string().max(200).optional(),
  }),
]);
export type CustomerAction = z.infer<typeof customerActionSchema>;
