"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, History, Rocket, Radio, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, fieldError, type ApiError } from "@/components/providers/api-fetch";
import { hasUnsavedChanges } from "@/components/editor/store/editor-store";
import { useEditor } from "@/components/editor/store/editor-store-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { fieldControlClass, Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { cn } from "@/components/ui/cn";
import { channelListJsonSchema } from "@/lib/channels/api-schemas";
import {
  publishedJsonSchema,
  publishStatusJsonSchema,
  type PublishedJson,
} from "@/lib/publishing/api-schemas";

export function publishStatusKey(slug: string, flowId: string) {
  return ["publish-status", slug, flowId] as const;
}

function usePublishStatus(slug: string, flowId: string) {
  return useQuery({
    queryKey: publishStatusKey(slug, flowId),
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/flows/${flowId}/publish`, publishStatusJsonSchema, { signal }),
  });
}

/** The editor header's "Publish": pick a number, add a note, and go live (or see why not). */
export function PublishButton({
  slug,
  flowId,
  readOnly,
}: {
  slug: string;
  flowId: string;
  readOnly: boolean;
}) {
  const t = useTranslations("publishing");
  const [open, setOpen] = useState(false);
  const status = usePublishStatus(slug, flowId);
  const live = status.data?.publication ?? null;
  return (
    <>
      {live ? (
        <Link
          href={`/w/${slug}/flows/${flowId}/versions`}
          className="hidden sm:inline-flex"
          data-testid="live-badge"
        >
          <Badge tone="primary" className="hover:bg-primary-soft/70">
            <Radio className="size-3" />
            {t("liveBadge", { number: live.versionNumber })}
          </Badge>
        </Link>
      ) : null}
      {readOnly ? (
        <Button asChild variant="ghost" size="sm">
          <Link href={`/w/${slug}/flows/${flowId}/versions`}>
            <History />
            {t("versions")}
          </Link>
        </Button>
      ) : (
        <Button size="sm" onClick={() => setOpen(true)} data-testid="publish-button">
          <Rocket />
          {t("publish")}
        </Button>
      )}
      {readOnly ? null : (
        <PublishDialog slug={slug} flowId={flowId} open={open} onOpenChange={setOpen} />
      )}
    </>
  );
}

function PublishDialog({
  slug,
  flowId,
  open,
  onOpenChange,
}: {
  slug: string;
  flowId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const router = useRouter();
  const revision = useEditor((state) => state.revision);
  const unsaved = useEditor(hasUnsavedChanges);
  const [channelId, setChannelId] = useState("");
  const [note, setNote] = useState("");
  const channels = useQuery({
    queryKey: ["channels", slug],
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/channels`, channelListJsonSchema, { signal }).then(
        (r) => r.channels,
      ),
    enabled: open,
  });
  const status = usePublishStatus(slug, flowId).data;
  const list = channels.data ?? [];
  // Default: where it is live now, else the only (or first) number.
  const chosen = channelId || status?.publication?.channelId || list[0]?.id || "";
  const publish = useMutation<PublishedJson, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/flows/${flowId}/publish`, publishedJsonSchema, {
        method: "POST",
        body: { channelId: chosen, note, revision },
      }),
    onSuccess: (published) => {
      toast.success(
        t("publishing.published", {
          number: published.versionNumber,
          channel: published.channelName,
        }),
        {
          action: {
            label: t("publishing.versions"),
            onClick: () => router.push(`/w/${slug}/flows/${flowId}/versions`),
          },
        },
      );
      close(false);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: publishStatusKey(slug, flowId) });
      void queryClient.invalidateQueries({ queryKey: ["channels", slug] });
    },
  });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      publish.reset();
      setNote("");
      setChannelId("");
    }
  };
  const error = publish.error;
  const problems = error?.code === "flow_has_errors" ? error.issues : [];
  const otherError =
    error && error.code !== "flow_has_errors" && !fieldError(error, "note")
      ? errorText(error, t)
      : null;

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={t("common.close")} className="max-w-lg">
        <DialogHeader
          title={t("publishing.dialog.title")}
          description={t("publishing.dialog.description")}
        />
        {channels.isPending ? (
          <div className="grid place-items-center py-6">
            <Spinner />
          </div>
        ) : list.length === 0 ? (
          <div
            className="grid gap-3 rounded-lg border border-dashed p-4 text-sm"
            data-testid="no-channels"
          >
            <p>{t("publishing.dialog.noChannels")}</p>
            <Button asChild variant="secondary" size="sm" className="justify-self-start">
              <Link href={`/w/${slug}/channels`}>{t("publishing.dialog.connectChannel")}</Link>
            </Button>
          </div>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              publish.mutate();
            }}
          >
            <Field label={t("publishing.dialog.channel")} hint={t("publishing.dialog.channelHint")}>
              {(control) => (
                <select
                  {...control}
                  name="channelId"
                  className={cn(fieldControlClass, "h-9")}
                  value={chosen}
                  onChange={(e) => setChannelId(e.target.value)}
                >
                  {list.map((channel) => (
                    <option key={channel.id} value={channel.id}>
                      {channel.displayPhoneNumber
                        ? `${channel.name} (${channel.displayPhoneNumber})`
                        : channel.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t("publishing.dialog.note")}
              hint={t("publishing.dialog.noteHint")}
              error={error ? fieldError(error, "note") : undefined}
            >
              {(control) => (
                <Input
                  {...control}
                  name="note"
                  value={note}
                  maxLength={500}
                  placeholder={t("publishing.dialog.notePlaceholder")}
                  onChange={(e) => setNote(e.target.value)}
                />
              )}
            </Field>
            {status?.publication ? (
              <p className="text-muted-foreground text-xs">
                {t("publishing.dialog.currentlyLive", {
                  number: status.publication.versionNumber,
                  channel: status.publication.channelName,
                })}
              </p>
            ) : null}
            {unsaved ? (
              <p className="text-muted-foreground flex items-center gap-2 text-xs" role="status">
                <Spinner />
                {t("publishing.dialog.saving")}
              </p>
            ) : null}
            {problems.length > 0 ? (
              <div
                role="alert"
                data-testid="publish-problems"
                className="border-destructive/30 bg-destructive/5 grid gap-2 rounded-lg border p-3 text-sm"
              >
                <p className="flex items-center gap-2 font-medium">
                  <CircleAlert className="text-destructive size-4" />
                  {error?.message}
                </p>
                <ul className="text-muted-foreground grid max-h-48 list-disc gap-1 overflow-y-auto pl-8">
                  {problems.map((problem, i) => (
                    <li key={`${problem.path}-${i}`}>{problem.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {otherError ? (
              <div
                role="alert"
                data-testid="publish-error"
                className="border-warning/40 bg-warning-soft/50 flex gap-2 rounded-lg border p-3 text-sm"
              >
                <TriangleAlert className="text-warning mt-0.5 size-4 shrink-0" />
                <p>{otherError}</p>
              </div>
            ) : null}
            <DialogFooter>
              <Button asChild variant="ghost">
                <Link href={`/w/${slug}/flows/${flowId}/versions`}>
                  <History />
                  {t("publishing.versions")}
                </Link>
              </Button>
              <Button type="submit" disabled={publish.isPending || unsaved || chosen === ""}>
                {publish.isPending ? <Spinner /> : <Rocket />}
                {t("publishing.dialog.submit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
