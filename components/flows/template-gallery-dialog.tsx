"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleAlert, SearchX, Search } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useDeferredValue, useRef, useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, fieldError, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog, DialogContent, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { normalizeText, type Locale } from "@/lib/flow";
import { flowCreatedJsonSchema } from "@/lib/flow-store/api-schemas";
import { isLocale } from "@/lib/i18n/config";
import { templateListJsonSchema, type TemplateSummaryJson } from "@/lib/templates/api-schemas";
import { TEMPLATE_CATEGORIES, type TemplateCategory } from "@/lib/templates/flow-template";
import type { TemplateId } from "@/lib/templates/template-ids";
import { TemplateCard } from "./template-card";
import { TemplateDetails } from "./template-details";

export const templatesQueryKey = ["templates"] as const;

type Filter = "all" | TemplateCategory;

export function TemplateGalleryDialog({
  slug,
  open,
  onOpenChange,
}: {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {/* Mounted per opening, so every visit starts from a clean choice. */}
      {open ? <Gallery slug={slug} /> : null}
    </Dialog>
  );
}

function matches(template: TemplateSummaryJson, query: string): boolean {
  if (query === "") return true;
  const haystack = normalizeText(
    [template.name.en, template.name.tr, template.description.en, template.description.tr].join(
      " ",
    ),
  );
  return normalizeText(query)
    .split(" ")
    .every((word) => haystack.includes(word));
}

function Gallery({ slug }: { slug: string }) {
  const t = useTranslations("templates");
  const tRoot = useTranslations();
  const current = useLocale();
  const uiLocale: Locale = isLocale(current) ? current : "en";
  const router = useRouter();
  const [filter, setFilter] = useState<Filter>("all");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [selectedId, setSelectedId] = useState<TemplateId | null>(null);
  const [language, setLanguage] = useState<Locale>(uiLocale);
  const [customName, setCustomName] = useState<string | null>(null);

  const templates = useQuery({
    queryKey: templatesQueryKey,
    queryFn: ({ signal }) => apiFetch("/api/templates", templateListJsonSchema, { signal }),
    // Templates ship with the app: one fetch per page load is plenty.
    staleTime: Infinity,
    select: (data) => data.templates,
  });
  const create = useMutation<{ id: string }, ApiError, { name: string; templateId: TemplateId }>({
    mutationFn: ({ name, templateId }) =>
      apiFetch(`/api/w/${slug}/flows`, flowCreatedJsonSchema, {
        method: "POST",
        body: { name, templateId, locale: language },
      }),
    onSuccess: ({ id }, { name }) => {
      toast.success(t("created", { name: name.trim() }));
      router.push(`/w/${slug}/flows/${id}`);
    },
  });

  const all = templates.data ?? [];
  const visible = all.filter(
    (template) => (filter === "all" || template.category === filter) && matches(template, query),
  );
  // The details pane always shows something: the chosen card, or the first one in view.
  const selected = visible.find((template) => template.id === selectedId) ?? visible[0];
  const name = customName ?? selected?.name[language] ?? "";
  const pending = create.isPending || create.isSuccess;

  const details = useRef<HTMLElement>(null);
  const choose = (template: TemplateSummaryJson) => {
    setSelectedId(template.id);
    setCustomName(null);
    create.reset();
    // On a phone the details sit below the list: bring them into view.
    if (window.matchMedia("(max-width: 767px)").matches) {
      details.current?.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  };
  const submit = () => {
    if (selected !== undefined && !pending) create.mutate({ name, templateId: selected.id });
  };

  const groups: { category: TemplateCategory | null; items: TemplateSummaryJson[] }[] =
    filter === "all" && query === ""
      ? TEMPLATE_CATEGORIES.map((category) => ({
          category,
          items: visible.filter((template) => template.category === category),
        })).filter((group) => group.items.length > 0)
      : [{ category: null, items: visible }];

  return (
    <DialogContent
      closeLabel={tRoot("common.close")}
      className="flex h-[min(50rem,calc(100dvh-2rem))] max-w-6xl flex-col gap-0 overflow-hidden p-0"
    >
      <div className="grid gap-4 border-b px-6 pt-6 pb-4">
        <DialogHeader title={t("title")} description={t("description")} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div role="group" aria-label={t("useCase")} className="flex flex-wrap gap-1.5">
            {(["all", ...TEMPLATE_CATEGORIES] as const).map((category) => (
              <button
                key={category}
                type="button"
                aria-pressed={filter === category}
                onClick={() => setFilter(category)}
                className={cn(
                  "h-8 cursor-pointer rounded-full border px-3 text-sm font-medium transition-colors",
                  filter === category
                    ? "border-primary bg-primary text-primary-foreground"
                    : "bg-card text-muted-foreground hover:bg-muted hover:text-foreground",
                )}
              >
                {t(`categories.${category}`)}
              </button>
            ))}
          </div>
          <div className="relative w-full sm:w-64">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2" />
            <Input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={t("searchPlaceholder")}
              aria-label={t("search")}
              className="pl-9"
              maxLength={100}
            />
          </div>
        </div>
      </div>

      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)] overflow-y-auto md:grid-cols-[minmax(0,1fr)_26rem] md:overflow-hidden">
        <div className="p-6 md:min-h-0 md:overflow-y-auto" data-testid="template-list">
          {templates.isPending ? (
            <div className="grid gap-3 sm:grid-cols-2">
              {Array.from({ length: 6 }, (_, i) => (
                <Skeleton key={i} className="h-40 rounded-xl" />
              ))}
            </div>
          ) : templates.isError ? (
            <div className="text-muted-foreground flex flex-col items-center gap-3 py-16 text-center text-sm">
              <CircleAlert className="text-destructive size-6" />
              {t("loadError")}
              <Button variant="secondary" size="sm" onClick={() => templates.refetch()}>
                {t("retry")}
              </Button>
            </div>
          ) : visible.length === 0 ? (
            <div className="text-muted-foreground flex flex-col items-center gap-3 py-16 text-center text-sm">
              <SearchX className="size-6" />
              {t("noResults", { query })}
            </div>
          ) : (
            <div className="grid gap-6">
              {groups.map((group) => (
                <section key={group.category ?? "results"} className="grid gap-3">
                  {group.category !== null ? (
                    <h3 className="text-muted-foreground text-xs font-semibold tracking-wide uppercase">
                      {t(`categories.${group.category}`)}
                    </h3>
                  ) : null}
                  <div className="grid gap-3 sm:grid-cols-2">
                    {group.items.map((template) => (
                      <TemplateCard
                        key={template.id}
                        template={template}
                        locale={uiLocale}
                        selected={template.id === selected?.id}
                        onSelect={() => choose(template)}
                        onChoose={() => {
                          choose(template);
                          if (!pending)
                            create.mutate({
                              name: template.name[language],
                              templateId: template.id,
                            });
                        }}
                      />
                    ))}
                  </div>
                </section>
              ))}
            </div>
          )}
        </div>

        <aside
          ref={details}
          className="bg-muted/40 flex min-w-0 flex-col border-t md:min-h-0 md:border-t-0 md:border-l"
        >
          {selected === undefined ? (
            <div className="grid gap-3 p-5">
              <Skeleton className="h-10 w-2/3" />
              <Skeleton className="h-16" />
              <Skeleton className="h-56" />
            </div>
          ) : (
            <>
              <TemplateDetails
                template={selected}
                uiLocale={uiLocale}
                language={language}
                onLanguageChange={(next) => {
                  setLanguage(next);
                  setCustomName(null);
                }}
              />
              <form
                className="bg-popover sticky bottom-0 grid gap-3 border-t p-5 md:static"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  submit();
                }}
              >
                <Field
                  label={t("name")}
                  error={
                    create.error
                      ? (fieldError(create.error, "name") ?? errorText(create.error, tRoot))
                      : undefined
                  }
                >
                  {(control) => (
                    <Input
                      {...control}
                      name="name"
                      value={name}
                      maxLength={100}
                      autoComplete="off"
                      onChange={(event) => setCustomName(event.target.value)}
                    />
                  )}
                </Field>
                <Button type="submit" disabled={pending || name.trim() === ""}>
                  {pending ? <Spinner /> : null}
                  {t("use")}
                </Button>
              </form>
            </>
          )}
        </aside>
      </div>
    </DialogContent>
  );
}
