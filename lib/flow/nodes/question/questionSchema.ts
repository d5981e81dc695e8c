import { z } from "zod";
import { defineNodeSchema } from "../../schema/defineNodeSchema";
import { retryFields } from "../shared/retryFields";

export const answerSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("text"),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().optional(),
  }),
  z.object({
    type: z.literal("number"),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
  }),
  z.object({ type: z.literal("email") }),
  /** Stored in E.164; numbers without a country code are read in `defaultCountry` (ISO 3166 alpha-2). */
  z.object({ type: z.literal("phone"), defaultCountry: z.string().default("TR") }),
  /** Stored as `YYYY-MM-DD`; `order` decides how 03/04/2025 reads. */
  z.object({ type: z.literal("date"), order: z.enum(["DMY", "MDY"]).default("DMY") }),
  /** Stored as a boolean; accepts English, Turkish (and Dutch) yes/no words, or two quick-reply buttons. */
  z.object({ type: z.literal("yes_no"), buttons: z.boolean().default(true) }),
  z.object({ type: z.literal("location") }),
  z.object({
    type: z.literal("media"),
    kinds: z.array(z.enum(["image", "document", "video", "audio"])).default(["image", "document"]),
  }),
  z.object({ type: z.literal("any") }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerType = Answer["type"];

export const questionDataSchema = z.object({
  prompt: z.string().default(""),
  variable: z.string().default(""),
  answer: answerSchema.prefault({ type: "text" }),
  ...retryFields(3),
  /** A word that moves on without an answer (the variable is cleared). */
  skipWord: z.string().default(""),
  /** 0 = wait forever (until the flow's inactivity timeout); otherwise the `timeout` port fires. */
  timeoutMinutes: z.number().nonnegative().default(0),
});
export const questionNodeSchema = defineNodeSchema("question", questionDataSchema);
export type QuestionData = z.infer<typeof questionDataSchema>;
export type QuestionNode = z.infer<typeof questionNodeSchema>;
