"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { secondsUntilAllowed } from "@/lib/auth/throttle";
import { registerUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { workspaceNameSchema } from "@/lib/workspace/schemas";

/** Errors are catalog keys; the form translates them. */
export interface AuthFormState {
  fieldErrors: Record<string, string>;
  formError?: { key: string; params?: Record<string, number> };
  values: Record<string, string>;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export async function signInAction(
  _previous: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const values = { email: text(form, "email") };
  const parsed = signInSchema.safeParse({ email: values.email, password: text(form, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeCallbackUrl(text(form, "callbackUrl")),
    });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      const seconds = await secondsUntilAllowed(await getDb(), parsed.data.email);
      return {
        fieldErrors: {},
        formError: { key: "auth.errors.throttled", params: { seconds: Math.max(1, seconds) } },
        values,
      };
    }
    if (error instanceof AuthError) {
      return { fieldErrors: {}, formError: { key: "auth.errors.invalidCredentials" }, values };
    }
    throw error; // Success arrives as a redirect, which Next.js delivers by throwing.
  }
  return { fieldErrors: {}, values };
}

const signUpFormSchema = signUpSchema.extend({ workspace: workspaceNameSchema });

export async function signUpAction(
  _previous: AuthFormState,
  form: FormData,
): Promise<AuthFormState> {
  const values = {
    name: text(form, "name"),
    email: text(form, "email"),
    workspace: text(form, "workspace"),
  };
  const parsed = signUpFormSchema.safeParse({ ...values, password: text(form, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const locale = text(form, "locale") === "tr" ? "tr" : "en";
  let slug: string;
  try {
    const { workspace } = await registerUser(await getDb(), {
      ...parsed.data,
      workspaceName: parsed.data.workspace,
      locale,
    });
    slug = workspace.slug;
  } catch (error) {
    if (error instanceof AppError && error.code === "email_taken") {
      return { fieldErrors: { email: "errors.email.taken" }, values };
    }
    throw error;
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackUrl(text(form, "callbackUrl"), `/w/${slug}/flows`),
  });
  return { fieldErrors: {}, values };
}
