"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Eye, History, PowerOff, Radio, Undo2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, type ApiError } from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { z } from "zod";
import {
  publishedJsonSchema,
  versionListJsonSchema,
  type PublishedJson,
  type VersionJson,
} from "@/lib/publishing/api-schemas";
import { ChangeSummary } from "./change-summary";

type VersionList = z.infer<typeof versionListJsonSchema>;
const unpublishedSchema = z.object({ ok: z.literal(true), wasLive: z.boolean() });

export function VersionsPage({
  slug,
  flow,
  canEdit,
  initial,
}: {
  slug: string;
  flow: { id: string; name: string };
  canEdit: boolean;
  initial: VersionList;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const queryClient = useQueryClient();
  const key = ["versions", slug, flow.id];
  const data = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/flows/${flow.id}/versions`, versionListJsonSchema, { signal }),
    initialData: initial,
  }).data;
  const [rollingBack, setRollingBack] = useState<VersionJson | null>(null);
  const [unpublishing, setUnpublishing] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ["publish-status", slug, flow.id] });
  };
  const rollback = useMutation<PublishedJson, ApiError, VersionJson>({
    mutationFn: (version) =>
      apiFetch(`/api/w/${slug}/flows/${flow.id}/rollback`, publishedJsonSchema, {
        method: "POST",
        body: { versionId: version.id },
      }),
    onSuccess: (published, version) => {
      setRollingBack(null);
      toast.success(
        t("publishing.versionsPage.rolledBack", {
          old: version.number,
          number: published.versionNumber,
        }),
      );
    },
    onError: (error) => {
      setRollingBack(null);
      toast.error(errorText(error, t), {
        description: error.issues.map((issue) => issue.message).join(" · ") || undefined,
      });
    },
    onSettled: refresh,
  });
  const unpublish = useMutation<unknown, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/flows/${flow.id}/publish`, unpublishedSchema, {
        method: "DELETE",
      }),
    onSuccess: () => {
      setUnpublishing(false);
      toast.success(t("publishing.versionsPage.unpublished"));
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: refresh,
  });
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const live = data.publication;

  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8 sm:px-8">
      <div className="grid gap-3">
        <Button asChild variant="ghost" size="sm" className="-ml-3 justify-self-start">
          <Link href={`/w/${slug}/flows/${flow.id}`}>
            <ArrowLeft />
            {t("publishing.versionsPage.backToEditor")}
          </Link>
        </Button>
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("publishing.versionsPage.title", { name: flow.name })}
          </h1>
          <p className="text-muted-foreground mt-1 text-sm">
            {t("publishing.versionsPage.subtitle")}
          </p>
        </div>
      </div>

      <Card className="flex flex-wrap items-center gap-4 p-5" data-testid="publication-status">
        <span
          className={
            live
              ? "bg-primary-soft text-primary grid size-10 place-items-center rounded-lg"
              : "bg-muted text-muted-foreground grid size-10 place-items-center rounded-lg"
          }
        >
          {live ? <Radio className="size-5" /> : <PowerOff className="size-5" />}
        </span>
        <div className="grid min-w-0 flex-1 gap-0.5">
          <p className="font-medium">
            {live
              ? t("publishing.versionsPage.liveOn", {
                  number: live.versionNumber,
                  channel: live.channelName,
                })
              : t("publishing.versionsPage.notLive")}
          </p>
          <p className="text-muted-foreground text-sm">
            {live
              ? t("publishing.versionsPage.liveSince", {
                  date: when(live.publishedAt),
                  name: live.publishedBy ?? t("publishing.versionsPage.apiKey"),
                })
              : t("publishing.versionsPage.notLiveHint")}
          </p>
        </div>
        {live && canEdit ? (
          <Button variant="secondary" onClick={() => setUnpublishing(true)}>
            <PowerOff />
            {t("publishing.versionsPage.unpublish")}
          </Button>
        ) : null}
      </Card>

      {data.versions.length === 0 ? (
        <Card className="grid justify-items-center gap-2 border-dashed px-6 py-12 text-center">
          <History className="text-muted-foreground size-8" />
          <p className="font-medium">{t("publishing.versionsPage.emptyTitle")}</p>
          <p className="text-muted-foreground max-w-sm text-sm">
            {t("publishing.versionsPage.emptyBody")}
          </p>
        </Card>
      ) : (
        <Card className="overflow-hidden">
          <ol className="divide-y" aria-label={t("publishing.versionsPage.listLabel")}>
            {data.versions.map((version) => (
              <li
                key={version.id}
                className="flex flex-wrap items-start gap-4 p-5"
                data-testid="version-row"
                data-version={version.number}
              >
                <span className="bg-muted grid h-8 min-w-10 place-items-center rounded-md px-2 font-mono text-sm font-semibold">
                  v{version.number}
                </span>
                <div className="grid min-w-0 flex-1 gap-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">
                      {version.note ?? t("publishing.versionsPage.noNote")}
                    </span>
                    {version.live ? (
                      <Badge tone="primary" data-testid="version-live">
                        <Radio className="size-3" />
                        {t("publishing.versionsPage.live")}
                      </Badge>
                    ) : null}
                  </div>
                  <p className="text-muted-foreground text-xs">
                    {t("publishing.versionsPage.by", {
                      name: version.createdBy ?? t("publishing.versionsPage.apiKey"),
                      date: when(version.createdAt),
                    })}
                  </p>
                  <ChangeSummary changes={version.changes} />
                </div>
                <div className="flex items-center gap-2">
                  <Button asChild variant="ghost" size="sm">
                    <Link href={`/w/${slug}/flows/${flow.id}/versions/${version.id}`}>
                      <Eye />
                      {t("publishing.versionsPage.view")}
                    </Link>
                  </Button>
                  {canEdit && live && !version.live ? (
                    <Button variant="secondary" size="sm" onClick={() => setRollingBack(version)}>
                      <Undo2 />
                      {t("publishing.versionsPage.rollback")}
                    </Button>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </Card>
      )}

      <ConfirmDialog
        open={rollingBack !== null}
        onOpenChange={(open) => {
          if (!open) setRollingBack(null);
        }}
        title={t("publishing.versionsPage.rollbackTitle", { number: rollingBack?.number ?? 0 })}
        description={t("publishing.versionsPage.rollbackBody", {
          number: rollingBack?.number ?? 0,
          channel: live?.channelName ?? "",
        })}
        confirmLabel={t("publishing.versionsPage.rollbackConfirm")}
        cancelLabel={t("common.cancel")}
        pending={rollback.isPending}
        onConfirm={() => {
          if (rollingBack) rollback.mutate(rollingBack);
        }}
      />
      <ConfirmDialog
        open={unpublishing}
        onOpenChange={setUnpublishing}
        title={t("publishing.versionsPage.unpublishTitle")}
        description={t("publishing.versionsPage.unpublishBody", {
          channel: live?.channelName ?? "",
        })}
        confirmLabel={t("publishing.versionsPage.unpublish")}
        cancelLabel={t("common.cancel")}
        destructive
        pending={unpublish.isPending}
        onConfirm={() => unpublish.mutate()}
      />
    </div>
  );
}
