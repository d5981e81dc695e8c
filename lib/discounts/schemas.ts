import { z } from "zod";
import { MAX_CODES_PER_UPLOAD, parseCodes } from "./parse-codes";

export const poolNameSchema = z
  .string()
  .trim()
  .min(1, "errors.discountPool.nameRequired")
  .max(80, "errors.discountPool.nameTooLong");

/** Pasted text → the list of codes; refused as a whole when any entry is not a code. */
export const codesTextSchema = z
  .string()
  .max(2_000_000, "errors.discountPool.tooManyCodes")
  .transform((text, ctx) => {
    const parsed = parseCodes(text);
    if (parsed.invalid.length > 0) {
      ctx.addIssue({ code: "custom", message: "errors.discountPool.invalidCodes" });
      return z.NEVER;
    }
    if (parsed.codes.length > MAX_CODES_PER_UPLOAD) {
      ctx.addIssue({ code: "custom", message: "errors.discountPool.tooManyCodes" });
      return z.NEVER;
    }
    return parsed.codes;
  });

export const createPoolSchema = z.object({
  name: poolNameSchema,
  codes: codesTextSchema.default([]),
});
export type CreatePoolInput = z.infer<typeof createPoolSchema>;

export const addCodesSchema = z.object({
  codes: codesTextSchema.refine((codes) => codes.length > 0, "errors.discountPool.noCodes"),
});

export const renamePoolSchema = z.object({ name: poolNameSchema });

export const poolJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  total: z.number().int(),
  available: z.number().int(),
  createdAt: z.string(),
});
export type PoolJson = z.infer<typeof poolJsonSchema>;
export const poolListJsonSchema = z.object({ pools: z.array(poolJsonSchema) });
export const addedCodesJsonSchema = z.object({
  added: z.number().int(),
  alreadyInPool: z.number().int(),
});

export function toPoolJson(pool: {
  id: string;
  name: string;
  total: number;
  available: number;
  createdAt: Date;
}): PoolJson {
  return { ...pool, createdAt: pool.createdAt.toISOString() };
}
