import { z } from "zod";
import { outboundMediaKindSchema } from "../../io";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const messageMediaSchema = z.object({
  kind: outboundMediaKindSchema,
  url: z.string(),
  caption: z.string().default(""),
  filename: z.string().default(""),
});

export const messageDataSchema = z.object({
  /** WhatsApp formatting (*bold*, _italic_, ~strike~, ```mono```) passes through untouched. */
  text: z.string().default(""),
  media: messageMediaSchema.optional(),
  previewUrl: z.boolean().default(false),
});
export const messageNodeSchema = defineNodeSchema("message", messageDataSchema);
export type MessageData = z.infer<typeof messageDataSchema>;
export type MessageNode = z.infer<typeof messageNodeSchema>;
