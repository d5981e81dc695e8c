"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { signUpAction, type AuthFormState } from "@/app/(auth)/actions";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { AuthFormFooter, useAuthFormErrors } from "./auth-form-parts";

const initial: AuthFormState = { fieldErrors: {}, values: {} };

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState(signUpAction, initial);
  const { fieldError, formAlert } = useAuthFormErrors(state);
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl !== "/" ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {formAlert}
      <Field label={t("name")} error={fieldError("name")}>
        {(control) => (
          <Input
            {...control}
            name="name"
            autoComplete="name"
            defaultValue={state.values.name}
            required
            autoFocus
          />
        )}
      </Field>
      <Field label={t("email")} error={fieldError("email")}>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            defaultValue={state.values.email}
            required
          />
        )}
      </Field>
      <Field label={t("password")} hint={t("passwordHint")} error={fieldError("password")}>
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
          />
        )}
      </Field>
      <Field label={t("workspace")} hint={t("workspaceHint")} error={fieldError("workspace")}>
        {(control) => (
          <Input
            {...control}
            name="workspace"
            autoComplete="organization"
            placeholder={t("workspacePlaceholder")}
            defaultValue={state.values.workspace}
            required
          />
        )}
      </Field>
      <AuthFormFooter
        submitLabel={t("signUp.submit")}
        pending={pending}
        prompt={t("signUp.haveAccount")}
        linkLabel={t("signIn.link")}
        otherPage="/sign-in"
        callbackUrl={callbackUrl}
      />
    </form>
  );
}
