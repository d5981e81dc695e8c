"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { LayoutTemplate, Plus, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { apiFetch } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { flowListJsonSchema, type FlowSummaryJson } from "@/lib/flow-store/api-schemas";
import { CreateFlowDialog } from "./create-flow-dialog";
import { FlowsEmptyState } from "./flows-empty-state";
import { FlowsTable } from "./flows-table";
import { TemplateGalleryDialog } from "./template-gallery-dialog";

export function flowsQueryKey(slug: string, q = "") {
  return ["flows", slug, q] as const;
}

export function FlowsPage({
  slug,
  canEdit,
  initialFlows,
}: {
  slug: string;
  canEdit: boolean;
  initialFlows: FlowSummaryJson[];
}) {
  const t = useTranslations("flows");
  const tt = useTranslations("templates");
  const [search, setSearch] = useState("");
  const query = useDeferredValue(search.trim());
  const [creating, setCreating] = useState(false);
  const [browsing, setBrowsing] = useState(false);
  const queryClient = useQueryClient();
  // Each visit brings a freshly server-rendered list: it replaces whatever an earlier visit cached.
  useState(() => {
    queryClient.setQueryData<FlowSummaryJson[]>(flowsQueryKey(slug), initialFlows);
    return null;
  });
  const flows = useQuery({
    queryKey: flowsQueryKey(slug, query),
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/flows?q=${encodeURIComponent(query)}`, flowListJsonSchema, {
        signal,
      }).then((r) => r.flows),
    placeholderData: (previous) => previous,
  });
  const list = flows.data ?? [];
  const nothingYet = query === "" && list.length === 0 && !flows.isFetching;
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="text-muted-foreground mt-1 text-sm">{t("subtitle")}</p>
        </div>
        {canEdit && !nothingYet ? (
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => setBrowsing(true)}>
              <LayoutTemplate />
              {tt("open")}
            </Button>
            <Button onClick={() => setCreating(true)}>
              <Plus />
              {t("new")}
            </Button>
          </div>
        ) : null}
      </div>
      {nothingYet ? (
        <FlowsEmptyState
          canEdit={canEdit}
          onCreate={() => setCreating(true)}
          onBrowseTemplates={() => setBrowsing(true)}
        />
      ) : (
        <>
          <div className="relative max-w-sm">
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
          <FlowsTable
            slug={slug}
            flows={list}
            canEdit={canEdit}
            query={query}
            loading={flows.isFetching}
          />
        </>
      )}
      {canEdit ? (
        <>
          <CreateFlowDialog slug={slug} open={creating} onOpenChange={setCreating} />
          <TemplateGalleryDialog slug={slug} open={browsing} onOpenChange={setBrowsing} />
        </>
      ) : null}
    </div>
  );
}
