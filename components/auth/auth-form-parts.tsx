"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AuthFormState } from "@/app/(auth)/actions";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { FormAlert } from "./form-alert";

/** Translates the server's field errors (catalog keys) for the form. */
export function useAuthFormErrors(state: AuthFormState) {
  const t = useTranslations();
  return {
    fieldError: (name: string) => {
      const key = state.fieldErrors[name];
      return key ? t(key) : undefined;
    },
    formAlert: state.formError ? (
      <FormAlert>{t(state.formError.key, state.formError.params)}</FormAlert>
    ) : null,
  };
}

/** Submit button plus the link to the other auth page, carrying the callback URL along. */
export function AuthFormFooter(props: {
  submitLabel: string;
  pending: boolean;
  prompt: string;
  linkLabel: string;
  otherPage: "/sign-in" | "/sign-up";
  callbackUrl: string;
}) {
  const href =
    props.callbackUrl !== "/"
      ? `${props.otherPage}?callbackUrl=${encodeURIComponent(props.callbackUrl)}`
      : props.otherPage;
  return (
    <>
      <Button type="submit" size="lg" disabled={props.pending} className="mt-1">
        {props.pending ? <Spinner /> : null}
        {props.submitLabel}
      </Button>
      <p className="text-muted-foreground text-center text-sm">
        {props.prompt}{" "}
        <Link href={href} className="text-primary font-medium hover:underline">
          {props.linkLabel}
        </Link>
      </p>
    </>
  );
}
