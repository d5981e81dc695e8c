import { z } from "zod";

/** Error messages are catalog keys (lib/i18n/messages): the form shows them in the user's language. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "errors.email.required")
  .max(254, "errors.email.invalid")
  .pipe(z.email("errors.email.invalid"));

export const passwordSchema = z
  .string()
  .min(8, "errors.password.tooShort")
  .max(200, "errors.password.tooLong");

export const personNameSchema = z
  .string()
  .trim()
  .min(1, "errors.name.required")
  .max(100, "errors.name.tooLong");

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  // Any length is checked against the hash; length rules apply when the password is chosen.
  password: z.string().min(1, "errors.password.required").max(200, "errors.password.tooLong"),
});
