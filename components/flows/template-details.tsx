import { ListChecks, Zap } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import type { Locale } from "@/lib/flow";
import type { TemplateSummaryJson } from "@/lib/templates/api-schemas";
import { startsByApi } from "./template-card";
import { TemplateIcon } from "./template-icon";
import { TemplatePreview } from "./template-preview";

/** Languages by their own names: a Turkish marketer looks for "Türkçe", not "Turkish". */
const LANGUAGES: { code: Locale; name: string }[] = [
  { code: "en", name: "English" },
  { code: "tr", name: "Türkçe" },
];

/** Placeholders to replace (URLs, names like abandoned_cart_reminder) stand out as code. */
const CODE = /^(https?:\/\/\S+|\S*[_{}*]\S*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$/;

function SetupStep({ text }: { text: string }) {
  return text.split(/(\s+)/).map((word, i) => {
    const [, token = "", rest = ""] = /^(.*?)([.,;:)]*)$/.exec(word) ?? [];
    if (token === "" || !CODE.test(token)) return word;
    return (
      <span key={i}>
        <code className="bg-muted text-foreground rounded px-1 py-px font-mono text-[0.95em]">
          {token}
        </code>
        {rest}
      </span>
    );
  });
}

/** The selected template: what it does, the language its flow will speak, and a live preview. */
export function TemplateDetails({
  template,
  uiLocale,
  language,
  onLanguageChange,
}: {
  template: TemplateSummaryJson;
  uiLocale: Locale;
  language: Locale;
  onLanguageChange: (language: Locale) => void;
}) {
  const t = useTranslations("templates");
  const languageLabel = useId();
  const version = template.versions[language];
  return (
    <div
      className="grid min-w-0 flex-1 content-start gap-4 p-5 md:min-h-0 md:overflow-y-auto"
      data-testid="template-details"
    >
      <div className="flex items-start gap-3">
        <span className="bg-primary-soft text-primary flex size-11 shrink-0 items-center justify-center rounded-xl">
          <TemplateIcon name={template.icon} className="size-5" />
        </span>
        <div className="grid min-w-0 gap-0.5">
          <h3 className="leading-snug font-semibold">{template.name[uiLocale]}</h3>
          <p className="text-muted-foreground text-xs">
            {t(`categories.${template.category}`)} · {t("steps", { count: version.nodeCount })}
          </p>
        </div>
      </div>
      <p className="text-muted-foreground text-sm">{template.description[uiLocale]}</p>

      <div className="flex items-center justify-between gap-3">
        <span id={languageLabel} className="text-sm font-medium">
          {t("language")}
        </span>
        <div
          role="group"
          aria-labelledby={languageLabel}
          className="bg-card inline-flex rounded-lg border p-0.5 shadow-xs"
        >
          {LANGUAGES.map(({ code, name }) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={language === code}
              onClick={() => onLanguageChange(code)}
              className={cn(
                "h-7 cursor-pointer rounded-md px-3 text-sm font-medium transition-colors",
                language === code
                  ? "bg-primary text-primary-foreground shadow-xs"
                  : "text-muted-foreground hover:bg-muted hover:text-foreground",
              )}
            >
              {name}
            </button>
          ))}
        </div>
      </div>

      <figure className="grid gap-1.5">
        <figcaption className="text-muted-foreground flex items-center justify-between text-xs font-medium">
          {t("preview")}
          {startsByApi(template) ? (
            <span className="inline-flex items-center gap-1">
              <Zap className="size-3.5" />
              {t("apiStarted")}
            </span>
          ) : null}
        </figcaption>
        <TemplatePreview lines={version.preview} />
      </figure>

      <div className="grid gap-2">
        <h4 className="flex items-center gap-1.5 text-sm font-medium">
          <ListChecks className="text-primary size-4" />
          {t("setupTitle")}
        </h4>
        <ul className="text-muted-foreground grid list-disc gap-1.5 pl-5 text-xs leading-relaxed">
          {template.setup[uiLocale].map((step) => (
            <li key={step} className="wrap-anywhere">
              <SetupStep text={step} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
