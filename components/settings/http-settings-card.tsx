"use client";

import { useMutation } from "@tanstack/react-query";
import { Lock, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, type ApiError } from "@/components/providers/api-fetch";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { httpSettingsJsonSchema, type HttpSettingsJson } from "@/lib/workspace/api-schemas";

/**
 * "HTTP requests": whether HTTP request steps may call private network addresses. The owner
 * decides unless the server's operator fixed the answer (SOHBET_HTTP_ALLOW_PRIVATE).
 */
export function HttpSettingsCard({
  slug,
  initial,
  canEdit,
}: {
  slug: string;
  initial: HttpSettingsJson;
  canEdit: boolean;
}) {
  const t = useTranslations("settings.http");
  const tAll = useTranslations();
  const id = useId();
  const [settings, setSettings] = useState(initial);
  const save = useMutation<HttpSettingsJson, ApiError, boolean>({
    mutationFn: (allowPrivateHttp) =>
      apiFetch(`/api/w/${slug}/http-settings`, httpSettingsJsonSchema, {
        method: "PUT",
        body: { allowPrivateHttp },
      }),
    onSuccess: (next) => {
      setSettings(next);
      toast.success(next.allowPrivateHttp ? t("savedOn") : t("savedOff"));
    },
    onError: (error) => toast.error(errorText(error, tAll)),
  });
  const setByOperator = settings.operatorMode !== "workspace";
  const locked = setByOperator || !canEdit;
  const lockReason =
    settings.operatorMode === "always"
      ? t("setByOperatorAlways")
      : settings.operatorMode === "never"
        ? t("setByOperatorNever")
        : canEdit
          ? null
          : t("ownerOnly");

  return (
    <Card data-testid="http-settings">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex items-start justify-between gap-6">
          <div className="grid gap-1">
            <label htmlFor={id} className="text-sm font-medium">
              {t("privateLabel")}
            </label>
            <p id={`${id}-help`} className="text-muted-foreground text-sm">
              {t("privateHelp")}
            </p>
          </div>
          <Switch
            id={id}
            className="mt-0.5"
            aria-describedby={`${id}-help ${id}-risk${lockReason ? ` ${id}-lock` : ""}`}
            checked={settings.privateAllowed}
            disabled={locked || save.isPending}
            onCheckedChange={(checked) => save.mutate(checked)}
          />
        </div>
        <p
          id={`${id}-risk`}
          className="bg-warning-soft flex gap-2 rounded-lg px-3 py-2 text-sm text-amber-900 dark:text-amber-100"
        >
          <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>{t("risk")}</span>
        </p>
        {lockReason ? (
          <p
            id={`${id}-lock`}
            className="text-muted-foreground flex items-center gap-2 text-sm"
            data-testid="http-settings-lock"
          >
            <Lock className="size-4 shrink-0" aria-hidden />
            <span>{lockReason}</span>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
