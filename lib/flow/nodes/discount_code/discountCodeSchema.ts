import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const discountSourceSchema = z.discriminatedUnion("kind", [
  /** One single-use code from a workspace pool; the runtime takes it (an awaited effect). */
  z.object({ kind: z.literal("pool"), poolId: z.string() }),
  /** Generated here: `#` digit, `?` letter, `*` letter or digit, anything else literal. */
  z.object({ kind: z.literal("pattern"), pattern: z.string() }),
]);

export const discountCodeDataSchema = z.object({
  source: discountSourceSchema,
  variable: z.string().default("discount_code"),
});
export const discountCodeNodeSchema = defineNodeSchema("discount_code", discountCodeDataSchema);
export type DiscountCodeData = z.infer<typeof discountCodeDataSchema>;
export type DiscountCodeNode = z.infer<typeof discountCodeNodeSchema>;
