/**
 * Zod schemas of one item of `value.messages[]`, per documented `type`.
 *
 * Optional side objects (`context`, `referral`, `errors`) fall back to `undefined` when malformed
 * instead of failing the message: losing an ad attribution is better than losing the customer's
 * words. A body whose type-specific object does not match becomes an `unknown` message upstream.
 */
import { z } from "zod";
import { wireErrorSchema } from "./wire-envelope";

/** Numbers occasionally arrive as numeric strings (quantities, prices, coordinates). */
const numberish = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const wireContextSchema = z.object({
  from: z.string().optional(),
  id: z.string().optional(),
  forwarded: z.boolean().optional(),
  frequently_forwarded: z.boolean().optional(),
});

/** Click-to-WhatsApp ad attribution, on the first message after an ad click. */
export const wireReferralSchema = z.object({
  source_url: z.string().optional(),
  source_id: z.string().optional(),
  source_type: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  media_type: z.string().optional(),
  image_url: z.string().optional(),
  video_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  ctwa_clid: z.string().optional(),
});

/** Fields every message carries whatever its type. */
export const wireMessageBaseSchema = z.object({
  id: z.string().min(1),
  /** Phone number of the sender; `""` or absent for username users (then `from_user_id`). */
  from: z.string().optional(),
  from_user_id: z.string().optional(),
  timestamp: z.union([z.string(), z.number()]),
  type: z.string().min(1),
  context: wireContextSchema.optional().catch(undefined),
  referral: wireReferralSchema.optional().catch(undefined),
  errors: z.array(wireErrorSchema).optional().catch(undefined),
});
export type WireMessageBase = z.infer<typeof wireMessageBaseSchema>;

export const wireTextSchema = z.object({ body: z.string() });

export const wireInteractiveSchema = z.object({
  type: z.string(),
  button_reply: z.object({ id: z.string(), title: z.string() }).optional(),
  list_reply: z
    .object({ id: z.string(), title: z.string(), description: z.string().optional() })
    .optional(),
});

/** A tap on a template's quick-reply button. */
export const wireButtonSchema = z.object({ payload: z.string().optional(), text: z.string() });

export const wireLocationSchema = z.object({
  latitude: numberish,
  longitude: numberish,
  name: z.string().optional(),
  address: z.string().optional(),
  url: z.string().optional(),
});

export const wireMediaSchema = z.object({
  id: z.string().min(1),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
  voice: z.boolean().optional(),
  animated: z.boolean().optional(),
  url: z.string().optional(),
});

export const wireSharedContactSchema = z.object({
  name: z
    .object({
      formatted_name: z.string().optional(),
      first_name: z.string().optional(),
      last_name: z.string().optional(),
    })
    .optional()
    .catch(undefined),
  phones: z
    .array(
      z.object({
        phone: z.string().optional(),
        wa_id: z.string().optional(),
        type: z.string().optional(),
      }),
    )
    .optional()
    .catch(undefined),
});
export const wireContactsSchema = z.array(wireSharedContactSchema);

export const wireReactionSchema = z.object({
  message_id: z.string().min(1),
  emoji: z.string().optional(),
});

export const wireOrderSchema = z.object({
  catalog_id: z.string().optional(),
  text: z.string().optional(),
  product_items: z.array(
    z.object({
      product_retailer_id: z.string(),
      quantity: numberish,
      item_price: numberish.optional(),
      currency: z.string().optional(),
    }),
  ),
});

/** `user_changed_number` (with the new `wa_id`) and `user_changed_user_id` (BSUID only). */
export const wireSystemSchema = z.object({
  type: z.string().optional(),
  body: z.string().optional(),
  wa_id: z.string().optional(),
  new_wa_id: z.union([z.string(), z.number()]).optional(),
  customer: z.string().optional(),
  user_id: z.string().optional(),
  parent_user_id: z.string().optional(),
  previous_user_id: z.string().optional(),
  previous_parent_user_id: z.string().optional(),
});
