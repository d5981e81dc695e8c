"use client";

import { Check, ChevronsUpDown, Languages, LogOut } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { signOutAction } from "@/app/(auth)/sign-out-action";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LOCALES } from "@/lib/i18n/config";
import { useSwitchLocale } from "./language-switcher";

const NAMES = { en: "English", tr: "Türkçe" } as const;

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0] ?? "?"];
  return letters
    .map((part) => (part ?? "").charAt(0).toLocaleUpperCase())
    .join("")
    .slice(0, 2);
}

export function UserMenu({ user }: { user: { name: string; email: string } }) {
  const t = useTranslations("common");
  const locale = useLocale();
  const { switchTo } = useSwitchLocale();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="hover:bg-muted flex w-full items-center gap-2.5 rounded-lg p-2 text-left"
        aria-label={t("accountMenu")}
      >
        <span className="bg-primary-soft text-primary flex size-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold">
          {initials(user.name)}
        </span>
        <span className="grid min-w-0 flex-1 leading-tight">
          <span className="truncate text-sm font-medium">{user.name}</span>
          <span className="text-muted-foreground truncate text-xs">{user.email}</span>
        </span>
        <ChevronsUpDown className="text-muted-foreground size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" side="top" className="w-60">
        <DropdownMenuLabel className="flex items-center gap-2">
          <Languages className="size-3.5" /> {t("language")}
        </DropdownMenuLabel>
        {LOCALES.map((code) => (
          <DropdownMenuItem key={code} onSelect={() => switchTo(code)} lang={code}>
            <Check className={code === locale ? "opacity-100" : "opacity-0"} />
            {NAMES[code]}
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutAction()}>
          <LogOut />
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
