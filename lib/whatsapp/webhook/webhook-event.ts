/**
 * The channel-neutral events `parseWebhook` produces: one per message, status, system notice or
 * error in a webhook body, each carrying the number it arrived on so the runtime can route it.
 * Schemas (not just types) because the runtime stores these as JSON and reads them back.
 */
import { z } from "zod";
import { inboundMessageSchema } from "@/lib/flow/io";

export const apiErrorSchema = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  details: z.string().optional(),
  href: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/**
 * Who the event is about. `key` is what contacts are keyed on: the phone number (`wa_id`) when
 * Meta shares it, else the business-scoped user id (username users).
 */
export const contactRefSchema = z.object({
  key: z.string().min(1),
  waId: z.string().optional(),
  userId: z.string().optional(),
  parentUserId: z.string().optional(),
  profileName: z.string().optional(),
  username: z.string().optional(),
});
export type ContactRef = z.infer<typeof contactRefSchema>;

const eventBase = {
  /** Business phone number id from `metadata`: routes the event to its channel. */
  phoneNumberId: z.string(),
  displayPhoneNumber: z.string().optional(),
  /** WhatsApp Business Account id (`entry[].id`). */
  wabaId: z.string(),
  /** The item exactly as Meta sent it, for storage and for debugging what we did not understand. */
  raw: z.unknown(),
};

export const messageEventSchema = z.object({
  ...eventBase,
  type: z.literal("message"),
  contact: contactRefSchema,
  message: inboundMessageSchema,
  /** Meta's `type` (`interactive:list_reply`, `unsupported`, a future type…). */
  rawType: z.string(),
  forwarded: z.boolean().optional(),
  errors: z.array(apiErrorSchema).optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

export const deliveryStatusSchema = z.enum(["sent", "delivered", "read", "failed", "played"]);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const pricingSchema = z.object({
  billable: z.boolean().optional(),
  pricingModel: z.string().optional(),
  category: z.string().optional(),
  type: z.string().optional(),
});

export const statusEventSchema = z.object({
  ...eventBase,
  type: z.literal("status"),
  /** The wamid the Cloud API answered when we sent the message. */
  messageId: z.string(),
  status: deliveryStatusSchema,
  /** Unix milliseconds. */
  timestamp: z.number(),
  /** Phone number of the recipient; `""` when Meta only gave the business-scoped user id. */
  recipientId: z.string(),
  recipientUserId: z.string().optional(),
  contact: contactRefSchema.optional(),
  errors: z.array(apiErrorSchema).optional(),
  pricing: pricingSchema.optional(),
  conversationId: z.string().optional(),
  bizOpaqueCallbackData: z.string().optional(),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

export const systemEventSchema = z.object({
  ...eventBase,
  type: z.literal("system"),
  messageId: z.string(),
  timestamp: z.number(),
  /** `user_changed_number`, `user_changed_user_id`, or whatever Meta adds later. */
  systemType: z.string(),
  /** The contact as they were known before the change. */
  contact: contactRefSchema.optional(),
  body: z.string().optional(),
  newWaId: z.string().optional(),
  newUserId: z.string().optional(),
  previousUserId: z.string().optional(),
});
export type SystemEvent = z.infer<typeof systemEventSchema>;

/** A `value.errors[]` item: Meta could not process something for this number. */
export const errorEventSchema = z.object({
  ...eventBase,
  type: z.literal("error"),
  error: apiErrorSchema,
});
export type ErrorEvent = z.infer<typeof errorEventSchema>;

/** An item we could not read at all (no id, no timestamp…): logged, never fatal for the batch. */
export const invalidEventSchema = z.object({
  ...eventBase,
  type: z.literal("invalid"),
  itemKind: z.enum(["message", "status", "error"]),
  reason: z.string(),
});
export type InvalidEvent = z.infer<typeof invalidEventSchema>;

export const webhookEventSchema = z.discriminatedUnion("type", [
  messageEventSchema,
  statusEventSchema,
  systemEventSchema,
  errorEventSchema,
  invalidEventSchema,
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
