"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type AuthFormState } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AuthFormFooter, useAuthFormErrors } from "./auth-form-parts";

const initial: AuthFormState = { fieldErrors: {}, values: {} };

export function SignInForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signInAction, initial);
  const { fieldError, formAlert } = useAuthFormErrors(state);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {formAlert}
      <Field label={t("email")} error={fieldError("email")}>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={state.values.email ?? defaultEmail}
            required
            autoFocus
          />
        )}
      </Field>
      <Field label={t("password")} error={fieldError("password")}>
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </Field>
      <AuthFormFooter
        submitLabel={t("signIn.submit")}
        pending={pending}
        prompt={t("signIn.noAccount")}
        linkLabel={t("signUp.link")}
        otherPage="/sign-up"
        callbackUrl={callbackUrl}
      />
    </form>
  );
}
