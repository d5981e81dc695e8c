/** Zod schema of a Graph API error answer: `{error:{message, type, code, error_data, fbtrace_id}}`. */
import { z } from "zod";

const numberish = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

export const graphErrorBodySchema = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: numberish.optional(),
    error_subcode: numberish.optional().catch(undefined),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    error_data: z
      .object({ messaging_product: z.string().optional(), details: z.string().optional() })
      .optional()
      .catch(undefined),
    is_transient: z.boolean().optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type GraphErrorBody = z.infer<typeof graphErrorBodySchema>;
