"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { FormAlert } from "@/components/auth/form-alert";
import { apiFetch, errorText, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export function AcceptInviteButton({ token }: { token: string }) {
  const t = useTranslations();
  const router = useRouter();
  const accept = useMutation<{ slug: string }, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/invites/${encodeURIComponent(token)}/accept`, z.object({ slug: z.string() }), {
        method: "POST",
      }),
    onSuccess: ({ slug }) => router.push(`/w/${slug}/flows`),
  });
  return (
    <>
      {accept.error ? <FormAlert>{errorText(accept.error, t)}</FormAlert> : null}
      <Button
        size="lg"
        onClick={() => accept.mutate()}
        disabled={accept.isPending || accept.isSuccess}
      >
        {accept.isPending ? <Spinner /> : null}
        {t("invite.accept")}
      </Button>
    </>
  );
}
