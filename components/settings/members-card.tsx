"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { initials } from "@/components/app-shell/user-menu";
import { apiFetch, errorText, okSchema, type ApiError } from "@/components/providers/api-fetch";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { memberListJsonSchema, type MemberJson } from "@/lib/workspace/api-schemas";
import { ROLES, type Role } from "@/lib/workspace/roles";
import { RoleSelect } from "./role-select";

export function MembersCard({
  slug,
  currentUserId,
  canManage,
}: {
  slug: string;
  currentUserId: string;
  canManage: boolean;
}) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const key = ["members", slug];
  const members = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      apiFetch(`/api/w/${slug}/members`, memberListJsonSchema, { signal }).then((r) => r.members),
  });
  const [removing, setRemoving] = useState<MemberJson | null>(null);
  const changeRole = useMutation<unknown, ApiError, { userId: string; role: Role }>({
    mutationFn: ({ userId, role }) =>
      apiFetch(`/api/w/${slug}/members/${userId}`, okSchema, { method: "PATCH", body: { role } }),
    onSuccess: () => toast.success(t("settings.members.roleChanged")),
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const remove = useMutation<unknown, ApiError, MemberJson>({
    mutationFn: (member) =>
      apiFetch(`/api/w/${slug}/members/${member.userId}`, okSchema, { method: "DELETE" }),
    onSuccess: () => {
      setRemoving(null);
      toast.success(t("settings.members.removed"));
    },
    onError: (error) => toast.error(errorText(error, t)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("settings.members.title")}</CardTitle>
        <CardDescription>{t("settings.members.description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y" aria-busy={members.isPending}>
          {members.isPending
            ? [0, 1].map((i) => (
                <li key={i} className="flex items-center gap-3 py-3">
                  <Skeleton className="size-9 rounded-full" />
                  <Skeleton className="h-4 w-48" />
                </li>
              ))
            : (members.data ?? []).map((member) => (
                <li
                  key={member.userId}
                  className="flex flex-wrap items-center gap-3 py-3"
                  data-testid="member-row"
                >
                  <span className="bg-muted flex size-9 items-center justify-center rounded-full text-xs font-semibold">
                    {initials(member.name)}
                  </span>
                  <span className="grid min-w-0 flex-1 leading-tight">
                    <span className="truncate text-sm font-medium">
                      {member.name}
                      {member.userId === currentUserId ? (
                        <span className="text-muted-foreground">
                          {" "}
                          ({t("settings.members.you")})
                        </span>
                      ) : null}
                    </span>
                    <span className="text-muted-foreground truncate text-xs">{member.email}</span>
                  </span>
                  {canManage ? (
                    <>
                      <RoleSelect
                        value={member.role}
                        label={t("settings.members.roleFor", { name: member.name })}
                        onChange={(role) => changeRole.mutate({ userId: member.userId, role })}
                        roles={ROLES}
                      />
                      <Button
                        variant="ghost"
                        size="icon-sm"
                        aria-label={t("settings.members.removeLabel", { name: member.name })}
                        onClick={() => setRemoving(member)}
                      >
                        <UserMinus />
                      </Button>
                    </>
                  ) : (
                    <Badge>{t(`roles.${member.role}`)}</Badge>
                  )}
                </li>
              ))}
        </ul>
        {members.error ? (
          <p className="text-destructive text-sm">{errorText(members.error, t)}</p>
        ) : null}
      </CardContent>
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null);
        }}
        title={t("settings.members.removeTitle")}
        description={t("settings.members.removeBody", { name: removing?.name ?? "" })}
        confirmLabel={t("settings.members.remove")}
        cancelLabel={t("common.cancel")}
        destructive
        pending={remove.isPending}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      />
    </Card>
  );
}
