import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";
import { retryFields } from "../shared/retryFields";

export const listRowSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string().default(""),
});
export const listSectionSchema = z.object({
  title: z.string().default(""),
  rows: z.array(listRowSchema),
});

export const listDataSchema = z.object({
  body: z.string().default(""),
  header: z.string().default(""),
  footer: z.string().default(""),
  buttonLabel: z.string().default(""),
  sections: z.array(listSectionSchema),
  ...retryFields(2),
});
export const listNodeSchema = defineNodeSchema("list", listDataSchema);
export type ListData = z.infer<typeof listDataSchema>;
export type ListNode = z.infer<typeof listNodeSchema>;
