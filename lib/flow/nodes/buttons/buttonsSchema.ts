import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";
import { retryFields } from "../shared/retryFields";

export const replyButtonSchema = z.object({ id: z.string().min(1), title: z.string() });

export const buttonsDataSchema = z.object({
  body: z.string().default(""),
  header: z.string().default(""),
  footer: z.string().default(""),
  buttons: z.array(replyButtonSchema),
  ...retryFields(2),
});
export const buttonsNodeSchema = defineNodeSchema("buttons", buttonsDataSchema);
export type ButtonsData = z.infer<typeof buttonsDataSchema>;
export type ButtonsNode = z.infer<typeof buttonsNodeSchema>;
