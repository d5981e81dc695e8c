import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { ThemeSwitcher } from "@/components/app-shell/theme-switcher";
import { ChatPreview } from "@/components/auth/chat-preview";
import { Logo } from "@/components/brand/logo";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("auth.hero");
  return (
    <div className="grid min-h-dvh lg:grid-cols-[1fr_minmax(0,560px)]">
      <aside className="bg-primary-soft relative hidden overflow-hidden lg:flex lg:flex-col lg:justify-between lg:p-12">
        <Logo />
        <div className="max-w-md">
          <h1 className="text-3xl leading-tight font-semibold tracking-tight text-balance">
            {t("title")}
          </h1>
          <p className="text-muted-foreground mt-3">{t("subtitle")}</p>
          <ChatPreview />
        </div>
        <p className="text-muted-foreground text-xs">{t("footer")}</p>
      </aside>
      <main className="flex flex-col">
        <header className="flex items-center justify-between p-4 lg:justify-end">
          <Logo className="lg:hidden" />
          <div className="flex items-center gap-1">
            <LanguageSwitcher />
            <ThemeSwitcher />
          </div>
        </header>
        <div className="flex flex-1 items-center justify-center px-6 pb-16">
          <div className="w-full max-w-sm">{children}</div>
        </div>
      </main>
    </div>
  );
}
