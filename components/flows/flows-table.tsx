"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Copy, ExternalLink, MoreHorizontal, Pencil, SearchX, Trash2 } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { NameDialog } from "@/components/common/name-dialog";
import { apiFetch, errorText, okSchema, type ApiError } from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { flowCreatedJsonSchema, type FlowSummaryJson } from "@/lib/flow-store/api-schemas";

interface FlowsTableProps {
  slug: string;
  flows: FlowSummaryJson[];
  canEdit: boolean;
  query: string;
  loading: boolean;
}

type Dialog = { kind: "rename" | "delete"; flow: FlowSummaryJson } | null;

export function FlowsTable({ slug, flows, canEdit, query, loading }: FlowsTableProps) {
  const t = useTranslations();
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["flows", slug] });
  const base = `/api/w/${slug}/flows`;

  const rename = useMutation<unknown, ApiError, { id: string; name: string }>({
    mutationFn: ({ id, name }) =>
      apiFetch(`${base}/${id}`, okSchema, { method: "PATCH", body: { name } }),
    onSuccess: async () => {
      await refresh();
      setDialog(null);
      toast.success(t("flows.renamed"));
    },
  });
  const remove = useMutation<unknown, ApiError, FlowSummaryJson>({
    mutationFn: (flow) => apiFetch(`${base}/${flow.id}`, okSchema, { method: "DELETE" }),
    onSuccess: async (_data, flow) => {
      await refresh();
      setDialog(null);
      toast.success(t("flows.deleted", { name: flow.name }));
    },
    onError: (error) => toast.error(errorText(error, t)),
  });
  const duplicate = useMutation<unknown, ApiError, FlowSummaryJson>({
    mutationFn: (flow) =>
      apiFetch(`${base}/${flow.id}/duplicate`, flowCreatedJsonSchema, {
        method: "POST",
        body: { name: t("flows.copyName", { name: flow.name }).slice(0, 100) },
      }),
    onSuccess: async () => {
      await refresh();
      toast.success(t("flows.duplicated"));
    },
    onError: (error) => toast.error(errorText(error, t)),
  });

  if (flows.length === 0) {
    return (
      <div className="bg-card text-muted-foreground flex flex-col items-center rounded-xl border py-12 text-center text-sm">
        <SearchX className="mb-3 size-6" />
        {t("flows.noResults", { query })}
      </div>
    );
  }

  return (
    <div
      className={cn(
        "bg-card overflow-hidden rounded-xl border shadow-xs transition-opacity",
        loading && "opacity-80",
      )}
    >
      <table className="w-full text-sm">
        <thead className="bg-muted/50 text-muted-foreground border-b text-left text-xs font-medium tracking-wide uppercase">
          <tr>
            <th scope="col" className="w-[45%] px-4 py-2.5 font-medium">
              {t("flows.columns.name")}
            </th>
            <th scope="col" className="w-32 px-4 py-2.5 font-medium">
              {t("flows.columns.status")}
            </th>
            <th scope="col" className="hidden px-4 py-2.5 font-medium sm:table-cell">
              {t("flows.columns.edited")}
            </th>
            <th scope="col" className="w-12 px-2 py-2.5">
              <span className="sr-only">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {flows.map((flow) => (
            <tr key={flow.id} className="group hover:bg-muted/40" data-testid="flow-row">
              <td className="max-w-0 px-4 py-3">
                <Link
                  href={`/w/${slug}/flows/${flow.id}`}
                  className="hover:text-primary block truncate font-medium"
                >
                  {flow.name}
                </Link>
              </td>
              <td className="px-4 py-3">
                {flow.status === "published" ? (
                  <Badge tone="primary">
                    <span className="bg-primary size-1.5 rounded-full" />
                    {t("flows.status.published")}
                  </Badge>
                ) : (
                  <Badge>{t("flows.status.draft")}</Badge>
                )}
              </td>
              <td className="text-muted-foreground hidden px-4 py-3 sm:table-cell">
                <time
                  // "2 minutes ago" depends on the clock, which moves between server and browser.
                  suppressHydrationWarning
                  dateTime={flow.updatedAt}
                  title={format.dateTime(new Date(flow.updatedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                >
                  {format.relativeTime(new Date(flow.updatedAt), now)}
                </time>
                {flow.updatedBy ? <span> · {t("flows.by", { name: flow.updatedBy })}</span> : null}
              </td>
              <td className="px-2 py-2 text-right">
                <DropdownMenu>
                  <DropdownMenuTrigger asChild>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={t("flows.actionsFor", { name: flow.name })}
                    >
                      <MoreHorizontal />
                    </Button>
                  </DropdownMenuTrigger>
                  <DropdownMenuContent align="end">
                    <DropdownMenuItem asChild>
                      <Link href={`/w/${slug}/flows/${flow.id}`}>
                        <ExternalLink />
                        {t("flows.actions.open")}
                      </Link>
                    </DropdownMenuItem>
                    {canEdit ? (
                      <>
                        <DropdownMenuItem onSelect={() => setDialog({ kind: "rename", flow })}>
                          <Pencil />
                          {t("flows.actions.rename")}
                        </DropdownMenuItem>
                        <DropdownMenuItem onSelect={() => duplicate.mutate(flow)}>
                          <Copy />
                          {t("flows.actions.duplicate")}
                        </DropdownMenuItem>
                        <DropdownMenuSeparator />
                        <DropdownMenuItem
                          destructive
                          onSelect={() => setDialog({ kind: "delete", flow })}
                        >
                          <Trash2 />
                          {t("flows.actions.delete")}
                        </DropdownMenuItem>
                      </>
                    ) : null}
                  </DropdownMenuContent>
                </DropdownMenu>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NameDialog
        open={dialog?.kind === "rename"}
        onOpenChange={(open) => {
          if (!open) {
            setDialog(null);
            rename.reset();
          }
        }}
        title={t("flows.renameTitle")}
        label={t("flows.name")}
        submitLabel={t("common.save")}
        initialValue={dialog?.kind === "rename" ? dialog.flow.name : ""}
        pending={rename.isPending}
        error={rename.error}
        onSubmit={(name) => {
          if (dialog?.kind === "rename") rename.mutate({ id: dialog.flow.id, name });
        }}
      />
      <ConfirmDialog
        open={dialog?.kind === "delete"}
        onOpenChange={(open) => {
          if (!open) setDialog(null);
        }}
        title={t("flows.deleteTitle")}
        description={t("flows.deleteBody", { name: dialog?.flow.name ?? "" })}
        confirmLabel={t("flows.actions.delete")}
        cancelLabel={t("common.cancel")}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (dialog?.kind === "delete") remove.mutate(dialog.flow);
        }}
      />
    </div>
  );
}
