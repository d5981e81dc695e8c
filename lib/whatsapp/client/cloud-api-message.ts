/**
 * Zod schemas of what we POST to `/{version}/{phone_number_id}/messages`: the shapes the mapper
 * produces (their inferred types) and the structure the emulator holds requests to. Inner objects
 * are strict because the Cloud API rejects parameters it does not know (`(#100) Invalid parameter`),
 * which is exactly the kind of mistake the emulator should catch before Meta does.
 */
import { z } from "zod";

const mediaRef = { link: z.string().optional(), id: z.string().optional() };
const captionedMedia = z.strictObject({ ...mediaRef, caption: z.string().optional() });

export const cloudApiMediaObjectSchemas = {
  image: captionedMedia,
  video: captionedMedia,
  document: z.strictObject({
    ...mediaRef,
    caption: z.string().optional(),
    filename: z.string().optional(),
  }),
  // Audio and stickers take no caption: Meta rejects one.
  audio: z.strictObject(mediaRef),
  sticker: z.strictObject(mediaRef),
} as const;

export const cloudApiTextHeaderSchema = z.strictObject({
  type: z.literal("text"),
  text: z.string(),
});
const mediaObject = z.strictObject(mediaRef);
export const cloudApiHeaderSchema = z.union([
  cloudApiTextHeaderSchema,
  z.strictObject({ type: z.literal("image"), image: mediaObject }),
  z.strictObject({ type: z.literal("video"), video: mediaObject }),
  z.strictObject({ type: z.literal("document"), document: mediaObject }),
]);

const textObject = z.strictObject({ text: z.string() });

export const cloudApiButtonsSchema = z.strictObject({
  type: z.literal("button"),
  header: cloudApiHeaderSchema.optional(),
  body: textObject,
  footer: textObject.optional(),
  action: z.strictObject({
    buttons: z.array(
      z.strictObject({
        type: z.literal("reply"),
        reply: z.strictObject({ id: z.string(), title: z.string() }),
      }),
    ),
  }),
});

export const cloudApiListSchema = z.strictObject({
  type: z.literal("list"),
  // Lists only take a text header.
  header: cloudApiTextHeaderSchema.optional(),
  body: textObject,
  footer: textObject.optional(),
  action: z.strictObject({
    button: z.string(),
    sections: z.array(
      z.strictObject({
        title: z.string().optional(),
        rows: z.array(
          z.strictObject({
            id: z.string(),
            title: z.string(),
            description: z.string().optional(),
          }),
        ),
      }),
    ),
  }),
});

export const cloudApiCtaUrlSchema = z.strictObject({
  type: z.literal("cta_url"),
  header: cloudApiHeaderSchema.optional(),
  body: textObject,
  footer: textObject.optional(),
  action: z.strictObject({
    name: z.literal("cta_url"),
    parameters: z.strictObject({ display_text: z.string(), url: z.string() }),
  }),
});

export const cloudApiLocationRequestSchema = z.strictObject({
  type: z.literal("location_request_message"),
  body: textObject,
  action: z.strictObject({ name: z.literal("send_location") }),
});

export const cloudApiInteractiveSchema = z.discriminatedUnion("type", [
  cloudApiButtonsSchema,
  cloudApiListSchema,
  cloudApiCtaUrlSchema,
  cloudApiLocationRequestSchema,
]);

const textParameter = z.strictObject({
  type: z.literal("text"),
  text: z.string(),
  parameter_name: z.string().optional(),
});
/** Currency, date_time, media, coupon… parameters we never produce but the API accepts. */
const otherParameter = z.looseObject({
  type: z.enum([
    "currency",
    "date_time",
    "image",
    "video",
    "document",
    "location",
    "coupon_code",
    "action",
  ]),
});
const templateParameter = z.union([textParameter, otherParameter]);

export const cloudApiTemplateComponentSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("header"), parameters: z.array(templateParameter) }),
  z.strictObject({ type: z.literal("body"), parameters: z.array(templateParameter) }),
  z.strictObject({
    type: z.literal("button"),
    sub_type: z.enum(["quick_reply", "url", "copy_code", "flow", "catalog", "mpm", "voice_call"]),
    index: z.union([z.string(), z.number()]),
    parameters: z.array(
      z.union([
        z.strictObject({ type: z.literal("payload"), payload: z.string() }),
        textParameter,
        z.looseObject({ type: z.enum(["coupon_code", "action"]) }),
      ]),
    ),
  }),
]);

export const cloudApiTemplateSchema = z.strictObject({
  name: z.string(),
  language: z.strictObject({ code: z.string(), policy: z.literal("deterministic").optional() }),
  components: z.array(cloudApiTemplateComponentSchema).optional(),
});

const envelope = {
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  /** A phone number. */
  to: z.string().optional(),
  /** A business-scoped user id, for username users without a shared phone number. */
  recipient: z.string().optional(),
  context: z.strictObject({ message_id: z.string() }).optional(),
  biz_opaque_callback_data: z.string().optional(),
};

export const cloudApiMessageSchema = z.discriminatedUnion("type", [
  z.strictObject({
    ...envelope,
    type: z.literal("text"),
    text: z.strictObject({ body: z.string(), preview_url: z.boolean().optional() }),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("image"),
    image: cloudApiMediaObjectSchemas.image,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("video"),
    video: cloudApiMediaObjectSchemas.video,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("document"),
    document: cloudApiMediaObjectSchemas.document,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("audio"),
    audio: cloudApiMediaObjectSchemas.audio,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("sticker"),
    sticker: cloudApiMediaObjectSchemas.sticker,
  }),
  z.strictObject({
    ...envelope,
    type: z.literal("interactive"),
    interactive: cloudApiInteractiveSchema,
  }),
  z.strictObject({ ...envelope, type: z.literal("template"), template: cloudApiTemplateSchema }),
  // Types Sohbet does not send; accepted loosely so the emulator does not stand in their way.
  z.strictObject({
    ...envelope,
    type: z.literal("reaction"),
    reaction: z.looseObject({ message_id: z.string() }),
  }),
  z.strictObject({ ...envelope, type: z.literal("location"), location: z.looseObject({}) }),
  z.strictObject({
    ...envelope,
    type: z.literal("contacts"),
    contacts: z.array(z.looseObject({})),
  }),
]);
export type CloudApiMessage = z.infer<typeof cloudApiMessageSchema>;

export const cloudApiMarkReadSchema = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  status: z.literal("read"),
  message_id: z.string(),
  typing_indicator: z.strictObject({ type: z.literal("text") }).optional(),
});
export type CloudApiMarkRead = z.infer<typeof cloudApiMarkReadSchema>;
