"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Copy, KeyRound, Plus, Trash2 } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { z } from "zod";
import { toast } from "sonner";
import {
  apiFetch,
  errorText,
  fieldError,
  okSchema,
  type ApiError,
} from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import {
  apiKeyCreatedJsonSchema,
  apiKeyListJsonSchema,
  type ApiKeyJson,
} from "@/lib/public-api/api-key-schemas";

type Scope = "read" | "write";

export function ApiKeysCard({ slug, canManage }: { slug: string; canManage: boolean }) {
  const t = useTranslations();
  const format = useFormatter();
  const queryClient = useQueryClient();
  const key = ["api-keys", slug];
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyJson | null>(null);
  const keys = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/api-keys`, apiKeyListJsonSchema, { signal }).then((r) => r.apiKeys),
    enabled: canManage,
  });
  const revoke = useMutation<unknown, ApiError, ApiKeyJson>({
    mutationFn: (apiKey) =>
      apiFetch(`/api/w/${slug}/api-keys/${apiKey.id}`, okSchema, { method: "DELETE" }),
    onSuccess: () => {
      setRevoking(null);
      toast.success(t("developers.keys.revoked"));
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Card>
      <CardHeader className="flex flex-row items-start justify-between gap-4">
        <div className="grid gap-1">
          <CardTitle>{t("developers.keys.title")}</CardTitle>
          <CardDescription>{t("developers.keys.description")}</CardDescription>
        </div>
        {canManage ? (
          <Button onClick={() => setCreating(true)}>
            <Plus />
            {t("developers.keys.create")}
          </Button>
        ) : null}
      </CardHeader>
      <CardContent>
        {!canManage ? (
          <p className="text-muted-foreground text-sm">{t("developers.keys.ownersOnly")}</p>
        ) : (keys.data ?? []).length === 0 && !keys.isPending ? (
          <div className="text-muted-foreground flex items-center gap-3 rounded-lg border border-dashed p-4 text-sm">
            <KeyRound className="size-5" />
            {t("developers.keys.empty")}
          </div>
        ) : (
          <ul className="divide-y" aria-busy={keys.isPending}>
            {(keys.data ?? []).map((apiKey) => (
              <li
                key={apiKey.id}
                className="flex flex-wrap items-center gap-3 py-3"
                data-testid="api-key-row"
              >
                <KeyRound className="text-muted-foreground size-4" />
                <span className="grid min-w-0 flex-1 leading-tight">
                  <span className="truncate text-sm font-medium">{apiKey.name}</span>
                  <span className="text-muted-foreground text-xs">
                    <code className="font-mono">{apiKey.prefix}…</code> ·{" "}
                    {t("developers.keys.created", {
                      date: format.dateTime(new Date(apiKey.createdAt), { dateStyle: "medium" }),
                    })}{" "}
                    ·{" "}
                    {apiKey.lastUsedAt
                      ? t("developers.keys.lastUsed", {
                          date: format.dateTime(new Date(apiKey.lastUsedAt), {
                            dateStyle: "medium",
                            timeStyle: "short",
                          }),
                        })
                      : t("developers.keys.neverUsed")}
                  </span>
                </span>
                <Badge tone={apiKey.scope === "write" ? "primary" : "neutral"}>
                  {t(`developers.scope.${apiKey.scope}`)}
                </Badge>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={t("developers.keys.revokeLabel", { name: apiKey.name })}
                  onClick={() => setRevoking(apiKey)}
                >
                  <Trash2 />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
      {canManage ? (
        <CreateApiKeyDialog
          slug={slug}
          open={creating}
          onOpenChange={setCreating}
          onCreated={() => queryClient.invalidateQueries({ queryKey: key })}
        />
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => {
          if (!open) setRevoking(null);
        }}
        title={t("developers.keys.revokeTitle")}
        description={t("developers.keys.revokeBody", { name: revoking?.name ?? "" })}
        confirmLabel={t("developers.keys.revoke")}
        cancelLabel={t("common.cancel")}
        destructive
        pending={revoke.isPending}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking);
        }}
      />
    </Card>
  );
}

function CreateApiKeyDialog({
  slug,
  open,
  onOpenChange,
  onCreated,
}: {
  slug: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: () => void;
}) {
  const t = useTranslations();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<Scope>("write");
  const [copied, setCopied] = useState(false);
  const create = useMutation<z.infer<typeof apiKeyCreatedJsonSchema>, ApiError>({
    mutationFn: () =>
      apiFetch(`/api/w/${slug}/api-keys`, apiKeyCreatedJsonSchema, {
        method: "POST",
        body: { name, scope },
      }),
    onSuccess: onCreated,
  });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      create.reset();
      setName("");
      setScope("write");
      setCopied(false);
    }
  };
  const secret = create.data?.key;
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader
          title={secret ? t("developers.keys.readyTitle") : t("developers.keys.createTitle")}
          description={secret ? t("developers.keys.readyBody") : t("developers.keys.createBody")}
        />
        {secret ? (
          <div className="grid gap-4">
            <div className="flex gap-2">
              <Input
                readOnly
                value={secret}
                className="font-mono text-xs"
                aria-label={t("developers.keys.secret")}
                data-testid="api-key-secret"
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button
                variant="secondary"
                onClick={async () => {
                  try {
                    await navigator.clipboard.writeText(secret);
                    setCopied(true);
                  } catch {
                    toast.error(t("settings.invites.copyFailed"));
                  }
                }}
              >
                {copied ? <Check /> : <Copy />}
                {t("settings.invites.copy")}
              </Button>
            </div>
            <DialogFooter>
              <Button onClick={() => close(false)}>{t("developers.keys.done")}</Button>
            </DialogFooter>
          </div>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              create.mutate();
            }}
          >
            <Field
              label={t("developers.keys.name")}
              hint={t("developers.keys.nameHint")}
              error={
                create.error
                  ? (fieldError(create.error, "name") ?? errorText(create.error, t))
                  : undefined
              }
            >
              {(control) => (
                <Input
                  {...control}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  autoFocus
                />
              )}
            </Field>
            <fieldset className="grid gap-2">
              <legend className="mb-1 text-sm font-medium">{t("developers.keys.access")}</legend>
              {(["write", "read"] as const).map((option) => (
                <label
                  key={option}
                  className="hover:bg-muted has-[:checked]:border-primary has-[:checked]:bg-primary-soft/40 flex cursor-pointer items-start gap-3 rounded-lg border p-3"
                >
                  <input
                    type="radio"
                    name="scope"
                    value={option}
                    checked={scope === option}
                    onChange={() => setScope(option)}
                    className="accent-primary mt-1"
                  />
                  <span className="grid gap-0.5">
                    <span className="text-sm font-medium">{t(`developers.scope.${option}`)}</span>
                    <span className="text-muted-foreground text-xs">
                      {t(`developers.scopeHint.${option}`)}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <DialogFooter>
              <Button variant="secondary" onClick={() => close(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? <Spinner /> : null}
                {t("developers.keys.createSubmit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
