"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { NameDialog } from "@/components/common/name-dialog";
import { apiFetch, type ApiError } from "@/components/providers/api-fetch";
import { flowCreatedJsonSchema } from "@/lib/flow-store/api-schemas";

export function CreateFlowDialog({
  slug,
  open,
  onOpenChange,
}: {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations("flows");
  const router = useRouter();
  const create = useMutation<{ id: string }, ApiError, string>({
    mutationFn: (name) =>
      apiFetch(`/api/w/${slug}/flows`, flowCreatedJsonSchema, { method: "POST", body: { name } }),
    // Straight into the editor: a new flow is made to be drawn.
    onSuccess: ({ id }) => router.push(`/w/${slug}/flows/${id}`),
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
      pending={create.isPending || create.isSuccess}
      error={create.error}
      onSubmit={(name) => create.mutate(name)}
    />
  );
}
