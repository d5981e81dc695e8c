"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, Copy, Link2, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { apiFetch, errorText, okSchema, type ApiError } from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { inviteCreatedJsonSchema, inviteListJsonSchema } from "@/lib/workspace/api-schemas";
import { ROLES, type Role } from "@/lib/workspace/roles";
import { RoleSelect } from "./role-select";

export function InvitesCard({ slug }: { slug: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const queryClient = useQueryClient();
  const key = ["invites", slug];
  const [role, setRole] = useState<Role>("editor");
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const invites = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/invites`, inviteListJsonSchema, { signal }).then((r) => r.invites),
  });
  const create = useMutation({
    mutationFn: (chosen: Role) =>
      apiFetch(`/api/w/${slug}/invites`, inviteCreatedJsonSchema, {
        method: "POST",
        body: { role: chosen },
      }),
    onSuccess: ({ url }) => {
      setLink(url);
      setCopied(false);
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const revoke = useMutation<unknown, ApiError, string>({
    mutationFn: (id) => apiFetch(`/api/w/${slug}/invites/${id}`, okSchema, { method: "DELETE" }),
    onSuccess: () => toast.success(t("settings.invites.revoked")),
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      toast.success(t("settings.invites.copied"));
    } catch {
      toast.error(t("settings.invites.copyFailed"));
    }
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("settings.invites.title")}</CardTitle>
        <CardDescription>{t("settings.invites.description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <RoleSelect
            value={role}
            onChange={setRole}
            label={t("settings.invites.role")}
            roles={ROLES}
          />
          <Button onClick={() => create.mutate(role)} disabled={create.isPending}>
            <Link2 />
            {t("settings.invites.create")}
          </Button>
        </div>
        {link ? (
          <div className="border-primary/30 bg-primary-soft/50 grid gap-1.5 rounded-lg border p-3">
            <p className="text-sm font-medium">{t("settings.invites.linkReady")}</p>
            <div className="flex gap-2">
              <Input
                readOnly
                value={link}
                aria-label={t("settings.invites.link")}
                onFocus={(e) => e.currentTarget.select()}
                data-testid="invite-link"
              />
              <Button variant="secondary" onClick={copy}>
                {copied ? <Check /> : <Copy />}
                {t("settings.invites.copy")}
              </Button>
            </div>
            <p className="text-muted-foreground text-xs">{t("settings.invites.onceHint")}</p>
          </div>
        ) : null}
        {(invites.data ?? []).length > 0 ? (
          <div>
            <h3 className="mb-1 text-sm font-medium">{t("settings.invites.pending")}</h3>
            <ul className="divide-y">
              {(invites.data ?? []).map((invite) => (
                <li key={invite.id} className="flex items-center gap-3 py-2 text-sm">
                  <Badge>{t(`roles.${invite.role}`)}</Badge>
                  <span className="text-muted-foreground flex-1">
                    {t("settings.invites.expires", {
                      date: format.dateTime(new Date(invite.expiresAt), { dateStyle: "medium" }),
                    })}
                  </span>
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={t("settings.invites.revoke")}
                    onClick={() => revoke.mutate(invite.id)}
                  >
                    <X />
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
