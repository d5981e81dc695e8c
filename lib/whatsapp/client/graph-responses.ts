/** Zod schemas of the Graph API answers the client reads. Extra fields are ignored. */
import { z } from "zod";

const numberish = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

/** `POST /messages`: accepted (not delivered) with the new message's wamid. */
export const sendResponseSchema = z.object({
  messaging_product: z.string().optional(),
  contacts: z
    .array(
      z.object({
        input: z.string().optional(),
        wa_id: z.string().optional(),
        user_id: z.string().optional(),
      }),
    )
    .optional()
    .catch(undefined),
  messages: z
    .array(z.object({ id: z.string().min(1), message_status: z.string().optional() }))
    .min(1),
});

export const successResponseSchema = z.object({ success: z.boolean() });

/** `GET /{media_id}`: where to download the file (the URL expires after 5 minutes). */
export const mediaInfoResponseSchema = z.object({
  id: z.string(),
  url: z.string().min(1),
  mime_type: z.string(),
  sha256: z.string().optional(),
  file_size: numberish.optional(),
  messaging_product: z.string().optional(),
});

/** `GET /{phone_number_id}?fields=display_phone_number,verified_name,quality_rating`. */
export const phoneNumberResponseSchema = z.object({
  id: z.string(),
  display_phone_number: z.string().optional(),
  verified_name: z.string().optional(),
  quality_rating: z.string().optional(),
});
