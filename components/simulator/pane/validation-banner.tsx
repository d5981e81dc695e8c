"use client";

import { OctagonX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The run stops on a flow with errors: say how many, and lead to the Problems panel. */
export function ValidationBanner({
  errors,
  onShowProblems,
}: {
  errors: number;
  onShowProblems?(): void;
}) {
  const t = useTranslations("simulator.validation");
  return (
    <div
      role="alert"
      className="bg-destructive/10 text-destructive flex shrink-0 items-start gap-2 border-b px-3 py-2 text-sm"
      data-testid="validation-banner"
    >
      <OctagonX className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{t("title", { count: errors })}</p>
        <p className="text-xs opacity-90">{t("detail")}</p>
      </div>
      {onShowProblems ? (
        <Button size="sm" variant="secondary" onClick={onShowProblems}>
          {t("showProblems")}
        </Button>
      ) : null}
    </div>
  );
}
