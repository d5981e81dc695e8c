import { z } from "zod";

const k = (key: string) => `channels.errors.${key}`;

export const channelNameSchema = z
  .string({ error: k("nameRequired") })
  .trim()
  .min(1, k("nameRequired"))
  .max(80, k("nameTooLong"));

/** Meta's ids are long decimal numbers. */
const metaIdSchema = (what: string) =>
  z
    .string({ error: k(`${what}Required`) })
    .trim()
    .min(1, k(`${what}Required`))
    .max(40, k(`${what}Invalid`))
    .regex(/^\d+$/, k(`${what}Invalid`));

export const phoneNumberIdSchema = metaIdSchema("phoneNumberId");
export const wabaIdSchema = metaIdSchema("wabaId");

const secretSchema = (what: string) =>
  z
    .string({ error: k(`${what}Required`) })
    .trim()
    .min(1, k(`${what}Required`))
    .max(1000, k(`${what}TooLong`));

export const accessTokenSchema = secretSchema("accessToken");
export const appSecretSchema = secretSchema("appSecret");

export const verifyTokenSchema = z
  .string()
  .trim()
  .min(8, k("verifyTokenInvalid"))
  .max(100, k("verifyTokenInvalid"))
  .regex(/^[\w.~-]+$/, k("verifyTokenInvalid"));

export const displayPhoneNumberSchema = z.string().trim().max(30, k("displayPhoneNumberTooLong"));
export const graphApiVersionSchema = z
  .string()
  .trim()
  .regex(/^v\d{1,3}\.\d{1,2}$/, k("graphApiVersionInvalid"));
export const unmatchedReplySchema = z.string().trim().max(4096, k("unmatchedReplyTooLong"));

/** Blank optional text means "none". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

export const createChannelSchema = z.object({
  name: channelNameSchema,
  phoneNumberId: phoneNumberIdSchema,
  wabaId: wabaIdSchema,
  displayPhoneNumber: z.preprocess(blankToUndefined, displayPhoneNumberSchema.optional()),
  accessToken: accessTokenSchema,
  appSecret: appSecretSchema,
  verifyToken: z.preprocess(blankToUndefined, verifyTokenSchema.optional()),
  graphApiVersion: z.preprocess(blankToUndefined, graphApiVersionSchema.optional()),
  unmatchedReply: z.preprocess(blankToNull, unmatchedReplySchema.nullable().optional()),
});
export type CreateChannelInput = z.infer<typeof createChannelSchema>;

/** Every field optional; a blank secret keeps the stored one (the form never shows secrets). */
export const updateChannelSchema = z.object({
  name: channelNameSchema.optional(),
  phoneNumberId: phoneNumberIdSchema.optional(),
  wabaId: wabaIdSchema.optional(),
  displayPhoneNumber: z.preprocess(blankToNull, displayPhoneNumberSchema.nullable().optional()),
  accessToken: z.preprocess(blankToUndefined, accessTokenSchema.optional()),
  appSecret: z.preprocess(blankToUndefined, appSecretSchema.optional()),
  verifyToken: z.preprocess(blankToUndefined, verifyTokenSchema.optional()),
  graphApiVersion: z.preprocess(blankToUndefined, graphApiVersionSchema.optional()),
  unmatchedReply: z.preprocess(blankToNull, unmatchedReplySchema.nullable().optional()),
});
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;
