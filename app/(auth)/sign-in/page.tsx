import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { readDemoCredentials } from "@/lib/auth/demo";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";
import { usesEmbeddedDatabase } from "@/lib/db/data-dir";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  // Only a development server on the embedded database reveals the demo password.
  const demo =
    process.env.NODE_ENV === "development" && usesEmbeddedDatabase() ? readDemoCredentials() : null;
  return (
    <div className="grid gap-6">
      <div className="grid gap-1.5">
        <h1 className="text-2xl font-semibold tracking-tight">{t("signIn.title")}</h1>
        <p className="text-muted-foreground text-sm">{t("signIn.subtitle")}</p>
      </div>
      {demo ? (
        <div className="border-primary/40 bg-primary-soft/60 rounded-lg border border-dashed p-3 text-sm">
          <p className="font-medium">{t("demo.title")}</p>
          <p className="text-muted-foreground mt-1">
            {t("demo.body")}{" "}
            <code
              className="bg-card rounded px-1 py-0.5 font-mono text-xs"
              data-testid="demo-email"
            >
              {demo.email}
            </code>{" "}
            /{" "}
            <code
              className="bg-card rounded px-1 py-0.5 font-mono text-xs"
              data-testid="demo-password"
            >
              {demo.password}
            </code>
          </p>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} defaultEmail={demo?.email} />
    </div>
  );
}
