"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { NameDialog } from "@/components/common/name-dialog";
import { apiFetch, type ApiError } from "@/components/providers/api-fetch";

export function CreateWorkspaceDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("workspace");
  const router = useRouter();
  const create = useMutation<{ slug: string }, ApiError, string>({
    mutationFn: (name) =>
      apiFetch("/api/workspaces", z.object({ slug: z.string() }), {
        method: "POST",
        body: { name },
      }),
    onSuccess: ({ slug }) => {
      onOpenChange(false);
      router.push(`/w/${slug}/flows`);
      router.refresh();
    },
  });
  return (
    <NameDialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) create.reset();
      }}
      title={t("createTitle")}
      description={t("createDescription")}
      label={t("name")}
      placeholder={t("namePlaceholder")}
      submitLabel={t("createSubmit")}
      pending={create.isPending}
      error={create.error}
      onSubmit={(name) => create.mutate(name)}
    />
  );
}
