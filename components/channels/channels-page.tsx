"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus, Smartphone } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, okSchema, type ApiError } from "@/components/providers/api-fetch";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { channelListJsonSchema, type ChannelJson } from "@/lib/channels/api-schemas";
import { ChannelCard } from "./channel-card";
import { ChannelFormDialog } from "./channel-form-dialog";

export function ChannelsPage({
  slug,
  origin,
  canManage,
  initialChannels,
}: {
  slug: string;
  origin: string;
  canManage: boolean;
  initialChannels: ChannelJson[];
}) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const key = ["channels", slug];
  const channels = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/channels`, channelListJsonSchema, { signal }).then(
        (r) => r.channels,
      ),
    initialData: initialChannels,
  });
  const [editing, setEditing] = useState<ChannelJson | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<ChannelJson | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const remove = useMutation<unknown, ApiError, ChannelJson>({
    mutationFn: (channel) =>
      apiFetch(`/api/w/${slug}/channels/${channel.id}`, okSchema, { method: "DELETE" }),
    onSuccess: () => {
      setDeleting(null);
      toast.success(t("channels.deleted"));
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: refresh,
  });
  const openForm = (channel: ChannelJson | null) => {
    setEditing(channel);
    setFormOpen(true);
  };
  const list = channels.data;
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8 sm:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{t("channels.title")}</h1>
          <p className="text-muted-foreground mt-1 text-sm">{t("channels.subtitle")}</p>
        </div>
        {canManage && list.length > 0 ? (
          <Button onClick={() => openForm(null)}>
            <Plus />
            {t("channels.connect")}
          </Button>
        ) : null}
      </div>

      {list.length === 0 ? (
        <Card className="grid justify-items-center gap-3 border-dashed px-6 py-12 text-center">
          <span className="bg-primary-soft text-primary grid size-12 place-items-center rounded-full">
            <Smartphone className="size-6" />
          </span>
          <h2 className="text-lg font-semibold">{t("channels.empty.title")}</h2>
          <p className="text-muted-foreground max-w-md text-sm">{t("channels.empty.body")}</p>
          {canManage ? (
            <Button onClick={() => openForm(null)} className="mt-2">
              <Plus />
              {t("channels.connect")}
            </Button>
          ) : (
            <p className="text-muted-foreground text-sm">{t("channels.ownersOnly")}</p>
          )}
        </Card>
      ) : (
        list.map((channel) => (
          <ChannelCard
            key={channel.id}
            slug={slug}
            channel={channel}
            origin={origin}
            canManage={canManage}
            onEdit={() => openForm(channel)}
            onDelete={() => setDeleting(channel)}
          />
        ))
      )}

      {canManage ? (
        <ChannelFormDialog
          key={editing?.id ?? "new"}
          slug={slug}
          channel={editing}
          open={formOpen}
          onOpenChange={setFormOpen}
          onSaved={(saved) => {
            toast.success(
              editing ? t("channels.saved") : t("channels.connected", { name: saved.name }),
            );
            void refresh();
          }}
        />
      ) : null}

      {deleting && deleting.liveFlows.length > 0 ? (
        <Dialog open onOpenChange={(open) => (open ? undefined : setDeleting(null))}>
          <DialogContent closeLabel={t("common.close")}>
            <DialogHeader
              title={t("channels.delete.blockedTitle")}
              description={t("channels.delete.blockedBody", { name: deleting.name })}
            />
            <ul className="grid gap-1 text-sm" data-testid="delete-blocked-flows">
              {deleting.liveFlows.map((flow) => (
                <li
                  key={flow.id}
                  className="flex items-center justify-between gap-3 rounded-md border px-3 py-2"
                >
                  <span className="font-medium">{flow.name}</span>
                  <Link
                    className="text-primary text-sm hover:underline"
                    href={`/w/${slug}/flows/${flow.id}/versions`}
                  >
                    {t("channels.delete.unpublish")}
                  </Link>
                </li>
              ))}
            </ul>
            <DialogFooter>
              <Button onClick={() => setDeleting(null)}>{t("common.close")}</Button>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      ) : (
        <ConfirmDialog
          open={deleting !== null}
          onOpenChange={(open) => {
            if (!open) setDeleting(null);
          }}
          title={t("channels.delete.title")}
          description={t("channels.delete.body", { name: deleting?.name ?? "" })}
          confirmLabel={t("channels.delete.confirm")}
          cancelLabel={t("common.cancel")}
          destructive
          pending={remove.isPending}
          onConfirm={() => {
            if (deleting) remove.mutate(deleting);
          }}
        />
      )}
    </div>
  );
}
