"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, MoreHorizontal, Pencil, Plus, TicketPercent, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { NameDialog } from "@/components/common/name-dialog";
import { apiFetch, errorText, okSchema, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Skeleton } from "@/components/ui/skeleton";
import { poolListJsonSchema, type PoolJson } from "@/lib/discounts/schemas";
import { discountPoolsQueryKey } from "./discount-pools-context";
import { AddCodesDialog, CreatePoolDialog } from "./pool-dialogs";

export function DiscountPoolsPage({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const key = discountPoolsQueryKey(slug);
  const pools = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/discount-pools`, poolListJsonSchema, { signal }).then(
        (r) => r.pools,
      ),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<PoolJson | null>(null);
  const [renaming, setRenaming] = useState<PoolJson | null>(null);
  const [deleting, setDeleting] = useState<PoolJson | null>(null);
  const rename = useMutation<unknown, ApiError, { pool: PoolJson; name: string }>({
    mutationFn: ({ pool, name }) =>
      apiFetch(`/api/w/${slug}/discount-pools/${pool.id}`, okSchema, {
        method: "PATCH",
        body: { name },
      }),
    onSuccess: () => {
      setRenaming(null);
      void refresh();
    },
  });
  const remove = useMutation<unknown, ApiError, PoolJson>({
    mutationFn: (pool) =>
      apiFetch(`/api/w/${slug}/discount-pools/${pool.id}`, okSchema, { method: "DELETE" }),
    onSuccess: (_result, pool) => {
      setDeleting(null);
      toast.success(t("discounts.deleted", { name: pool.name }));
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: refresh,
  });

  const list = pools.data ?? [];
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8 sm:px-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("discounts.title")}</h1>
          <p className="text-muted-foreground mt-1 max-w-2xl text-sm">{t("discounts.subtitle")}</p>
        </div>
        {canEdit ? (
          <Button onClick={() => setCreating(true)}>
            <Plus />
            {t("discounts.new")}
          </Button>
        ) : null}
      </div>

      {pools.isPending ? (
        <div className="grid gap-3">
          <Skeleton className="h-20" />
          <Skeleton className="h-20" />
        </div>
      ) : pools.isError ? (
        <p role="alert" className="text-destructive text-sm">
          {t("errors.unexpected")}
        </p>
      ) : list.length === 0 ? (
        <Card className="flex flex-col items-center gap-3 px-6 py-12 text-center">
          <span className="bg-primary-soft text-primary grid size-12 place-items-center rounded-full">
            <TicketPercent className="size-6" />
          </span>
          <h2 className="text-lg font-semibold">{t("discounts.empty.title")}</h2>
          <p className="text-muted-foreground max-w-md text-sm">{t("discounts.empty.body")}</p>
          {canEdit ? (
            <Button onClick={() => setCreating(true)}>
              <Plus />
              {t("discounts.new")}
            </Button>
          ) : null}
        </Card>
      ) : (
        <ul className="grid gap-3" aria-label={t("discounts.title")}>
          {list.map((pool) => (
            <PoolRow
              key={pool.id}
              slug={slug}
              pool={pool}
              canEdit={canEdit}
              onAdd={() => setAdding(pool)}
              onRename={() => setRenaming(pool)}
              onDelete={() => setDeleting(pool)}
            />
          ))}
        </ul>
      )}

      <CreatePoolDialog
        slug={slug}
        open={creating}
        onOpenChange={setCreating}
        onCreated={(pool) => {
          toast.success(t("discounts.created", { name: pool.name, count: pool.total }));
          void refresh();
        }}
      />
      <AddCodesDialog
        slug={slug}
        pool={adding}
        open={adding !== null}
        onOpenChange={(open) => {
          if (!open) setAdding(null);
        }}
        onAdded={(result) => {
          toast.success(t("discounts.added", result));
          void refresh();
        }}
      />
      <NameDialog
        open={renaming !== null}
        onOpenChange={(open) => {
          if (!open) {
            setRenaming(null);
            rename.reset();
          }
        }}
        title={t("discounts.rename.title")}
        label={t("discounts.create.name")}
        submitLabel={t("discounts.rename.submit")}
        initialValue={renaming?.name}
        pending={rename.isPending}
        error={rename.error}
        onSubmit={(name) => {
          if (renaming) rename.mutate({ pool: renaming, name });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => {
          if (!open) setDeleting(null);
        }}
        title={t("discounts.delete.title")}
        description={t("discounts.delete.body", {
          name: deleting?.name ?? "",
          count: deleting?.available ?? 0,
        })}
        confirmLabel={t("discounts.delete.confirm")}
        cancelLabel={t("common.cancel")}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting);
        }}
      />
    </div>
  );
}

function PoolRow({
  slug,
  pool,
  canEdit,
  onAdd,
  onRename,
  onDelete,
}: {
  slug: string;
  pool: PoolJson;
  canEdit: boolean;
  onAdd: () => void;
  onRename: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations("discounts");
  const used = pool.total - pool.available;
  const percentLeft = pool.total === 0 ? 0 : Math.round((pool.available / pool.total) * 100);
  // A pool running dry silently sends customers down the "no codes left" path: say so early.
  const low = pool.total > 0 && pool.available < Math.max(10, pool.total * 0.1);
  return (
    <li>
      <Card className="flex flex-wrap items-center gap-4 p-4" data-testid="discount-pool">
        <span className="bg-primary-soft text-primary grid size-10 shrink-0 place-items-center rounded-lg">
          <TicketPercent className="size-5" />
        </span>
        <div className="grid min-w-48 flex-1 gap-1.5">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <h2 className="truncate font-medium">{pool.name}</h2>
            <span className="text-muted-foreground text-sm tabular-nums" data-testid="pool-counts">
              {pool.total === 0
                ? t("countsEmpty")
                : t("counts", { available: pool.available, total: pool.total, used })}
            </span>
          </div>
          <div
            className="bg-muted h-1.5 overflow-hidden rounded-full"
            role="progressbar"
            aria-label={t("left")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percentLeft}
          >
            <div
              className={low ? "h-full bg-amber-500" : "bg-primary h-full"}
              style={{ width: `${percentLeft}%` }}
            />
          </div>
          {pool.total === 0 || low ? (
            <p className="text-xs text-amber-700 dark:text-amber-400">
              {pool.total === 0 ? t("emptyPool") : t("runningLow")}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-1">
          {canEdit ? (
            <Button variant="secondary" size="sm" onClick={onAdd}>
              <Plus />
              {t("addCodes")}
            </Button>
          ) : null}
          <Button
            asChild
            variant="ghost"
            size="icon-sm"
            aria-label={t("download", { name: pool.name })}
          >
            <a href={`/api/w/${slug}/discount-pools/${pool.id}/codes`} download>
              <Download />
            </a>
          </Button>
          {canEdit ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={t("actions", { name: pool.name })}
                >
                  <MoreHorizontal />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                <DropdownMenuItem onSelect={onRename}>
                  <Pencil />
                  {t("rename.action")}
                </DropdownMenuItem>
                <DropdownMenuItem destructive onSelect={onDelete}>
                  <Trash2 />
                  {t("delete.action")}
                </DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          ) : null}
        </div>
      </Card>
    </li>
  );
}
