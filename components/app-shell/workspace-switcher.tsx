"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";

export interface WorkspaceOption {
  slug: string;
  name: string;
  role: "owner" | "editor" | "viewer";
}

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: WorkspaceOption;
  workspaces: WorkspaceOption[];
}) {
  const t = useTranslations("workspace");
  const tr = useTranslations("roles");
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className="bg-card hover:bg-muted flex w-full items-center gap-2.5 rounded-lg border p-2 text-left shadow-xs"
          aria-label={t("switch")}
        >
          <span className="bg-primary text-primary-foreground flex size-8 shrink-0 items-center justify-center rounded-md text-sm font-semibold">
            {current.name.charAt(0).toLocaleUpperCase()}
          </span>
          <span className="grid min-w-0 flex-1 leading-tight">
            <span className="truncate text-sm font-semibold" data-testid="current-workspace">
              {current.name}
            </span>
            <span className="text-muted-foreground text-xs">{tr(current.role)}</span>
          </span>
          <ChevronsUpDown className="text-muted-foreground size-4" />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel>{t("yourWorkspaces")}</DropdownMenuLabel>
          {workspaces.map((workspace) => (
            <DropdownMenuItem
              key={workspace.slug}
              onSelect={() => router.push(`/w/${workspace.slug}/flows`)}
            >
              <Check className={workspace.slug === current.slug ? "opacity-100" : "opacity-0"} />
              <span className="flex-1 truncate">{workspace.name}</span>
              <span className="text-muted-foreground text-xs">{tr(workspace.role)}</span>
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreating(true)}>
            <Plus />
            {t("create")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} />
    </>
  );
}
