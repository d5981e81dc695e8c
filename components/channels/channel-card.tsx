"use client";

import { useMutation } from "@tanstack/react-query";
import {
  Activity,
  CircleAlert,
  CircleCheck,
  Pencil,
  PlugZap,
  Smartphone,
  Trash2,
  Workflow,
} from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { apiFetch, errorText, type ApiError } from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";
import {
  connectionTestJsonSchema,
  type ChannelJson,
  type ConnectionTestJson,
} from "@/lib/channels/api-schemas";
import { MetaSetupSteps } from "./meta-setup-steps";

export function ChannelCard({
  slug,
  channel,
  origin,
  canManage,
  onEdit,
  onDelete,
}: {
  slug: string;
  channel: ChannelJson;
  origin: string;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [result, setResult] = useState<ConnectionTestJson | null>(null);
  const test = useMutation<ConnectionTestJson, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/channels/${channel.id}/test`, connectionTestJsonSchema, {
        method: "POST",
      }),
    onMutate: () => setResult(null),
    onSuccess: setResult,
  });
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const healthy = channel.health === "ok";
  return (
    <Card className="overflow-hidden" data-testid="channel-card">
      <div className="flex flex-wrap items-start gap-4 p-5">
        <span className="bg-primary-soft text-primary grid size-10 shrink-0 place-items-center rounded-lg">
          <Smartphone className="size-5" />
        </span>
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="truncate text-base font-semibold" data-testid="channel-name">
              {channel.name}
            </h2>
            <Badge tone={healthy ? "primary" : "destructive"} data-testid="channel-health">
              {healthy ? <CircleCheck className="size-3" /> : <CircleAlert className="size-3" />}
              {healthy ? t("channels.health.ok") : t("channels.health.unhealthy")}
            </Badge>
          </div>
          <p className="text-muted-foreground text-sm">
            {channel.displayPhoneNumber ?? t("channels.noDisplayNumber")}
          </p>
          <dl className="text-muted-foreground mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs">
            <div className="flex gap-1">
              <dt>{t("channels.phoneNumberId")}</dt>
              <dd className="text-foreground font-mono">{channel.phoneNumberId}</dd>
            </div>
            <div className="flex gap-1">
              <dt>{t("channels.wabaId")}</dt>
              <dd className="text-foreground font-mono">{channel.wabaId}</dd>
            </div>
            <div className="flex gap-1">
              <dt>{t("channels.secrets")}</dt>
              <dd className="text-foreground">{t("channels.secretsSet")}</dd>
            </div>
          </dl>
        </div>
        {canManage ? (
          <div className="flex items-center gap-1">
            <Button
              variant="secondary"
              size="sm"
              onClick={() => test.mutate()}
              disabled={test.isPending}
            >
              {test.isPending ? <Spinner /> : <PlugZap />}
              {t("channels.test.button")}
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={t("channels.editLabel", { name: channel.name })}
              onClick={onEdit}
            >
              <Pencil />
            </Button>
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={t("channels.deleteLabel", { name: channel.name })}
              onClick={onDelete}
            >
              <Trash2 />
            </Button>
          </div>
        ) : null}
      </div>

      {result || test.error ? (
        <div
          role="status"
          data-testid="connection-result"
          className={cn(
            "mx-5 mb-4 flex gap-3 rounded-lg border p-3 text-sm",
            result?.ok
              ? "border-success/30 bg-success/5"
              : "border-destructive/30 bg-destructive/5",
          )}
        >
          {result?.ok ? (
            <>
              <CircleCheck className="text-success mt-0.5 size-4 shrink-0" />
              <div className="grid gap-0.5">
                <p className="font-medium">{t("channels.test.ok")}</p>
                <p className="text-muted-foreground">
                  {[
                    result.verifiedName,
                    result.displayPhoneNumber,
                    result.qualityRating
                      ? t("channels.test.quality", { rating: result.qualityRating })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </div>
            </>
          ) : (
            <>
              <CircleAlert className="text-destructive mt-0.5 size-4 shrink-0" />
              <div className="grid gap-0.5">
                <p className="font-medium">
                  {result && !result.ok ? result.title : t("channels.test.failed")}
                </p>
                <p className="text-muted-foreground">
                  {result && !result.ok ? result.detail : errorText(test.error, t)}
                </p>
              </div>
            </>
          )}
        </div>
      ) : null}

      <div className="grid gap-4 border-t p-5 sm:grid-cols-2">
        <section className="grid content-start gap-2">
          <h3 className="flex items-center gap-1.5 text-sm font-medium">
            <Activity className="text-muted-foreground size-4" />
            {t("channels.health.title")}
          </h3>
          <dl className="grid gap-1.5 text-sm">
            <div className="flex justify-between gap-3">
              <dt className="text-muted-foreground">{t("channels.health.lastWebhook")}</dt>
              <dd data-testid="channel-last-webhook">
                {channel.lastWebhookAt ? when(channel.lastWebhookAt) : t("channels.health.never")}
              </dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-muted-foreground">{t("channels.health.lastSendError")}</dt>
              <dd className="text-right">
                {channel.lastSendError && channel.lastSendErrorAt ? (
                  <span className="grid">
                    <span className={healthy ? undefined : "text-destructive"}>
                      {channel.lastSendError}
                    </span>
                    <span className="text-muted-foreground text-xs">
                      {when(channel.lastSendErrorAt)}
                    </span>
                  </span>
                ) : (
                  t("channels.health.none")
                )}
              </dd>
            </div>
          </dl>
        </section>
        <section className="grid content-start gap-2">
          <h3 className="flex items-center gap-1.5 text-sm font-medium">
            <Workflow className="text-muted-foreground size-4" />
            {t("channels.liveFlows.title")}
          </h3>
          {channel.liveFlows.length === 0 ? (
            <p className="text-muted-foreground text-sm">{t("channels.liveFlows.none")}</p>
          ) : (
            <ul className="grid gap-1 text-sm" data-testid="channel-live-flows">
              {channel.liveFlows.map((flow) => (
                <li key={flow.id}>
                  <Link
                    className="text-primary hover:underline"
                    href={`/w/${slug}/flows/${flow.id}/versions`}
                  >
                    {flow.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {canManage ? (
        <details className="group border-t" open={channel.lastWebhookAt === null}>
          <summary className="hover:bg-muted/50 cursor-pointer px-5 py-3 text-sm font-medium select-none">
            {t("channels.setup.title")}
          </summary>
          <div className="px-5 pb-5">
            <MetaSetupSteps
              webhookUrl={`${origin}${channel.webhookPath}`}
              verifyToken={channel.verifyToken}
            />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
