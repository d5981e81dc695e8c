import { LayoutTemplate, MessagesSquare, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function FlowsEmptyState({
  canEdit,
  onCreate,
  onBrowseTemplates,
}: {
  canEdit: boolean;
  onCreate: () => void;
  onBrowseTemplates: () => void;
}) {
  const t = useTranslations("flows.empty");
  const tt = useTranslations("templates");
  return (
    <div className="bg-card/50 flex flex-col items-center rounded-2xl border border-dashed px-6 py-16 text-center">
      <div className="bg-primary-soft text-primary flex size-14 items-center justify-center rounded-2xl">
        <MessagesSquare className="size-7" />
      </div>
      <h2 className="mt-5 text-lg font-semibold">{t("title")}</h2>
      <p className="text-muted-foreground mt-1.5 max-w-md text-sm">
        {canEdit ? t("body") : t("bodyViewer")}
      </p>
      {canEdit ? (
        <div className="mt-6 flex flex-wrap justify-center gap-2">
          <Button onClick={onBrowseTemplates}>
            <LayoutTemplate />
            {tt("open")}
          </Button>
          <Button variant="secondary" onClick={onCreate}>
            <Plus />
            {t("cta")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
