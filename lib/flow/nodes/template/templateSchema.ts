import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const templateButtonSchema = z.discriminatedUnion("kind", [
  /** Its id is sent as the button's payload, so the tap comes back to this port. */
  z.object({ kind: z.literal("quick_reply"), id: z.string().min(1), title: z.string() }),
  /** Dynamic URL button: `urlParam` (a template) fills the approved URL's {{1}}. */
  z.object({ kind: z.literal("url"), title: z.string(), urlParam: z.string().default("") }),
]);
export type TemplateButton = z.infer<typeof templateButtonSchema>;

export const templateDataSchema = z.object({
  /** The approved template's name, e.g. `order_shipped`. */
  name: z.string().default(""),
  /** Meta language code, e.g. `tr`, `en_US`. */
  language: z.string().default("tr"),
  /** Values (templates) for the header's {{1}}…, in order. */
  headerParams: z.array(z.string()).default([]),
  bodyParams: z.array(z.string()).default([]),
  /** The approved body text with {{1}}…; only for previews and parameter counting. */
  bodyText: z.string().default(""),
  buttons: z.array(templateButtonSchema).default([]),
});
export const templateNodeSchema = defineNodeSchema("template", templateDataSchema);
export type TemplateData = z.infer<typeof templateDataSchema>;
export type TemplateNode = z.infer<typeof templateNodeSchema>;
