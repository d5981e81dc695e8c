import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const ctaUrlDataSchema = z.object({
  body: z.string().default(""),
  header: z.string().default(""),
  footer: z.string().default(""),
  label: z.string().default(""),
  /** A template, e.g. a payment or tracking link with `{{order_id}}`; values are URL-encoded. */
  url: z.string().default(""),
});
export const ctaUrlNodeSchema = defineNodeSchema("cta_url", ctaUrlDataSchema);
export type CtaUrlData = z.infer<typeof ctaUrlDataSchema>;
export type CtaUrlNode = z.infer<typeof ctaUrlNodeSchema>;
