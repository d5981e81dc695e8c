"use client";

import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { signUpAction, type AuthFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { FormAlert } from "./form-alert";

const initial: AuthFormState = { fieldErrors: {}, values: {} };

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, action, pending] = useActionState(signUpAction, initial);
  const fieldError = (name: string) => {
    const key = state.fieldErrors[name];
    return key ? t(key) : undefined;
  };
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {callbackUrl !== "/" ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {state.formError ? (
        <FormAlert>{t(state.formError.key, state.formError.params)}</FormAlert>
      ) : null}
      <Field label={t("auth.name")} error={fieldError("name")}>
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
      <Field label={t("auth.email")} error={fieldError("email")}>
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
      <Field
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        error={fieldError("password")}
      >
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
      <Field
        label={t("auth.workspace")}
        hint={t("auth.workspaceHint")}
        error={fieldError("workspace")}
      >
        {(control) => (
          <Input
            {...control}
            name="workspace"
            autoComplete="organization"
            placeholder={t("auth.workspacePlaceholder")}
            defaultValue={state.values.workspace}
            required
          />
        )}
      </Field>
      <Button type="submit" size="lg" disabled={pending} className="mt-1">
        {pending ? <Spinner /> : null}
        {t("auth.signUp.submit")}
      </Button>
      <p className="text-muted-foreground text-center text-sm">
        {t("auth.signUp.haveAccount")}{" "}
        <Link
          href={
            callbackUrl !== "/"
              ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`
              : "/sign-in"
          }
          className="text-primary font-medium hover:underline"
        >
          {t("auth.signIn.link")}
        </Link>
      </p>
    </form>
  );
}
