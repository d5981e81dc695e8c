import { Zap } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/flow";
import type { TemplateSummaryJson } from "@/lib/templates/api-schemas";
import { TemplateIcon } from "./template-icon";

export function startsByApi(template: TemplateSummaryJson): boolean {
  return template.versions.en.preview[0]?.from === "api";
}

export function TemplateCard({
  template,
  locale,
  selected,
  onSelect,
  onChoose,
}: {
  template: TemplateSummaryJson;
  /** The UI language: cards are read by the marketer, whatever language the flow will speak. */
  locale: Locale;
  selected: boolean;
  onSelect: () => void;
  /** Double-click: select and go straight to "Use template". */
  onChoose: () => void;
}) {
  const t = useTranslations("templates");
  return (
    <button
      type="button"
      aria-pressed={selected}
      data-testid="template-card"
      onClick={onSelect}
      onDoubleClick={onChoose}
      className={cn(
        "bg-card flex h-full cursor-pointer flex-col gap-3 rounded-xl border p-4 text-left shadow-xs transition-[border-color,box-shadow]",
        "hover:border-primary/40 hover:shadow-sm",
        selected && "border-primary ring-primary/25 shadow-sm ring-3",
      )}
    >
      <span className="flex items-start gap-3">
        <span className="bg-primary-soft text-primary flex size-10 shrink-0 items-center justify-center rounded-lg">
          <TemplateIcon name={template.icon} className="size-5" />
        </span>
        <span className="grid min-w-0 gap-0.5">
          <span className="leading-snug font-medium">{template.name[locale]}</span>
          <span className="text-muted-foreground text-xs">
            {t(`categories.${template.category}`)} ·{" "}
            {t("steps", { count: template.versions[locale].nodeCount })}
          </span>
        </span>
      </span>
      <span className="text-muted-foreground line-clamp-3 text-sm">
        {template.description[locale]}
      </span>
      {startsByApi(template) ? (
        <span className="text-muted-foreground mt-auto inline-flex items-center gap-1 text-xs">
          <Zap className="size-3.5" />
          {t("apiStarted")}
        </span>
      ) : null}
    </button>
  );
}
