"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import {
  apiFetch,
  errorText,
  fieldError,
  okSchema,
  type ApiError,
} from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

export function WorkspaceNameCard({
  slug,
  name,
  canEdit,
}: {
  slug: string;
  name: string;
  canEdit: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [value, setValue] = useState(name);
  const save = useMutation<unknown, ApiError, string>({
    mutationFn: (next) =>
      apiFetch(`/api/w/${slug}`, okSchema, { method: "PATCH", body: { name: next } }),
    onSuccess: () => {
      toast.success(t("settings.workspace.saved"));
      router.refresh();
    },
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("settings.workspace.title")}</CardTitle>
        <CardDescription>{t("settings.workspace.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(value);
          }}
        >
          <Field
            className="flex-1"
            label={t("workspace.name")}
            error={
              save.error ? (fieldError(save.error, "name") ?? errorText(save.error, t)) : undefined
            }
          >
            {(control) => (
              <Input
                {...control}
                value={value}
                onChange={(e) => setValue(e.target.value)}
                disabled={!canEdit}
              />
            )}
          </Field>
          {canEdit ? (
            <Button type="submit" className="sm:mt-6" disabled={save.isPending || value === name}>
              {save.isPending ? <Spinner /> : null}
              {t("common.save")}
            </Button>
          ) : null}
        </form>
      </CardContent>
    </Card>
  );
}
