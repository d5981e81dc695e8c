"use client";

import { Braces, Menu, Settings, Smartphone, TicketPercent, Workflow, X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Logo } from "@/components/brand/logo";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ThemeSwitcher } from "./theme-switcher";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";

interface AppShellProps {
  user: { name: string; email: string };
  current: WorkspaceOption;
  workspaces: WorkspaceOption[];
  children: ReactNode;
}

export function AppShell({ user, current, workspaces, children }: AppShellProps) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const base = `/w/${current.slug}`;
  const links = [
    { href: `${base}/flows`, label: t("flows"), icon: Workflow },
    { href: `${base}/channels`, label: t("channels"), icon: Smartphone },
    { href: `${base}/discounts`, label: t("discounts"), icon: TicketPercent },
    { href: `${base}/settings`, label: t("settings"), icon: Settings },
    { href: `${base}/developers`, label: t("developers"), icon: Braces },
  ];
  const sidebar = (
    <div className="flex h-full flex-col gap-4 p-3">
      <div className="flex items-center justify-between px-2 pt-1">
        <Logo />
        <ThemeSwitcher />
      </div>
      <WorkspaceSwitcher current={current} workspaces={workspaces} />
      <nav aria-label={t("main")} className="grid gap-0.5">
        {links.map(({ href, label, icon: Icon }) => {
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <Link
              key={href}
              href={href}
              onClick={() => setOpen(false)}
              aria-current={active ? "page" : undefined}
              className={cn(
                "text-muted-foreground hover:bg-muted hover:text-foreground flex items-center gap-2.5 rounded-md px-2.5 py-2 text-sm font-medium transition-colors",
                active && "bg-primary-soft text-primary hover:bg-primary-soft hover:text-primary",
              )}
            >
              <Icon className="size-4" />
              {label}
            </Link>
          );
        })}
      </nav>
      <div className="mt-auto">
        <UserMenu user={user} />
      </div>
    </div>
  );
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[256px_1fr]">
      <aside className="bg-card/60 sticky top-0 hidden h-dvh border-r lg:block">{sidebar}</aside>
      <header className="bg-background/90 sticky top-0 z-30 flex items-center justify-between border-b px-4 py-2 backdrop-blur lg:hidden">
        <Logo />
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("openMenu")}
          aria-expanded={open}
          onClick={() => setOpen(true)}
        >
          <Menu />
        </Button>
      </header>
      {open ? (
        <div
          className="fixed inset-0 z-40 lg:hidden"
          role="dialog"
          aria-modal="true"
          aria-label={t("main")}
        >
          <button
            type="button"
            className="absolute inset-0 bg-black/40"
            aria-label={t("closeMenu")}
            onClick={() => setOpen(false)}
          />
          <div className="bg-card absolute inset-y-0 left-0 w-72 border-r shadow-xl">
            <Button
              variant="ghost"
              size="icon-sm"
              className="absolute top-3 right-3"
              aria-label={t("closeMenu")}
              onClick={() => setOpen(false)}
            >
              <X />
            </Button>
            {sidebar}
          </div>
        </div>
      ) : null}
      <main className="min-w-0">{children}</main>
    </div>
  );
}
