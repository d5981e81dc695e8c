import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";

export const contactFieldUpdateSchema = z.object({
  field: z.enum(["name", "email", "phone", "address", "custom"]),
  /** The custom field's key when `field` is `custom`. */
  key: z.string().default(""),
  /** A template. */
  value: z.string(),
});

export const contactUpdateDataSchema = z.object({
  fields: z.array(contactFieldUpdateSchema).default([]),
  addTags: z.array(z.string()).default([]),
  removeTags: z.array(z.string()).default([]),
  optIn: z.enum(["unchanged", "opt_in", "opt_out"]).default("unchanged"),
});
export const contactUpdateNodeSchema = defineNodeSchema("contact_update", contactUpdateDataSchema);
export type ContactUpdateData = z.infer<typeof contactUpdateDataSchema>;
export type ContactUpdateNode = z.infer<typeof contactUpdateNodeSchema>;
