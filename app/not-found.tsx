import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-6 p-6 text-center">
      <Logo />
      <div className="grid gap-2">
        <p className="text-primary text-sm font-semibold">404</p>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground max-w-md">{t("body")}</p>
      </div>
      <Link href="/" className={buttonClass("primary")}>
        {t("home")}
      </Link>
    </div>
  );
}
