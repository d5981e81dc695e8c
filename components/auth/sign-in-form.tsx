"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { signInAction, type AuthFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { FormAlert } from "./form-alert";

const initial: AuthFormState = { fieldErrors: {}, values: {} };

export function SignInForm({
  callbackUrl,
  defaultEmail,
}: {
  callbackUrl: string;
  defaultEmail?: string;
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(signInAction, initial);
  const fieldError = (name: string) => {
    const key = state.fieldErrors[name];
    return key ? t(key) : undefined;
  };
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state.formError ? (
        <FormAlert>{t(state.formError.key, state.formError.params)}</FormAlert>
      ) : null}
      <Field label={t("auth.email")} error={fieldError("email")}>
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
      <Field label={t("auth.password")} error={fieldError("password")}>
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
      <Button type="submit" size="lg" disabled={pending} className="mt-1">
        {pending ? <Spinner /> : null}
        {t("auth.signIn.submit")}
      </Button>
      <p className="text-muted-foreground text-center text-sm">
        {t("auth.signIn.noAccount")}{" "}
        <Link
          href={
            callbackUrl !== "/"
              ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`
              : "/sign-up"
          }
          className="text-primary font-medium hover:underline"
        >
          {t("auth.signUp.link")}
        </Link>
      </p>
    </form>
  );
}
