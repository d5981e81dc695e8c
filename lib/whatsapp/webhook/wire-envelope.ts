/**
 * Zod schemas of the webhook envelope Meta POSTs: `object` → `entry[]` → `changes[]` → `value`.
 *
 * The envelope is checked strictly (a body without it did not come from Meta), while the items
 * inside `messages`, `statuses` and `errors` stay `unknown` here: each is parsed on its own so that
 * one odd or future item never costs us the rest of a batch of up to 1000.
 */
import { z } from "zod";

/** Error objects in `value.errors`, `messages[].errors` and `statuses[].errors`. */
export const wireErrorSchema = z.object({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional().catch(undefined),
  href: z.string().optional(),
});
export type WireError = z.infer<typeof wireErrorSchema>;

export const wireMetadataSchema = z.object({
  display_phone_number: z.string().optional(),
  phone_number_id: z.string().min(1),
});

/** `value.contacts[]`: the sender's profile; `user_id` is the business-scoped user id (BSUID). */
export const wireContactSchema = z.object({
  wa_id: z.string().optional(),
  user_id: z.string().optional(),
  parent_user_id: z.string().optional(),
  profile: z
    .object({ name: z.string().optional(), username: z.string().optional() })
    .optional()
    .catch(undefined),
});
export type WireContact = z.infer<typeof wireContactSchema>;

/** `value` of a `messages` change. Other fields (template status, account updates…) are skipped. */
export const wireMessagesValueSchema = z.object({
  messaging_product: z.string().optional(),
  metadata: wireMetadataSchema,
  contacts: z.array(z.unknown()).optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  errors: z.array(z.unknown()).optional(),
});

export const wireChangeSchema = z.object({
  field: z.string(),
  value: z.unknown(),
});

export const wireEntrySchema = z.object({
  id: z.string().min(1),
  time: z.number().optional(),
  changes: z.array(wireChangeSchema),
});

export const wireWebhookBodySchema = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(wireEntrySchema),
});
