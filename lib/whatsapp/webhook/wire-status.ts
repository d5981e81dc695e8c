/** Zod schema of one item of `value.statuses[]`: what happened to a message we sent. */
import { z } from "zod";
import { wireErrorSchema } from "./wire-envelope";

export const wireStatusSchema = z.object({
  id: z.string().min(1),
  /** Kept open here so an undocumented status is reported as such rather than as a bad body. */
  status: z.string(),
  timestamp: z.union([z.string(), z.number()]),
  recipient_id: z.string().optional(),
  recipient_user_id: z.string().optional(),
  recipient_parent_user_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  conversation: z.object({ id: z.string().optional() }).optional().catch(undefined),
  pricing: z
    .object({
      billable: z.boolean().optional(),
      pricing_model: z.string().optional(),
      category: z.string().optional(),
      type: z.string().optional(),
    })
    .optional()
    .catch(undefined),
  errors: z.array(wireErrorSchema).optional().catch(undefined),
});
