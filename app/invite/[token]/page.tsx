import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { LinkIcon } from "lucide-react";
import { Logo } from "@/components/brand/logo";
import { AcceptInviteButton } from "@/components/invite/accept-invite-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findUsableInvite } from "@/lib/workspace/invites";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invite");
  return { title: t("title") };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations();
  const invite = token.length <= 100 ? await findUsableInvite(await getDb(), token) : null;
  const user = await currentUser();
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="bg-primary-soft/40 flex min-h-dvh flex-col items-center justify-center gap-8 p-6">
      <Logo />
      <Card className="w-full max-w-md p-8 text-center">
        <div className="bg-primary-soft text-primary mx-auto flex size-12 items-center justify-center rounded-xl">
          <LinkIcon className="size-6" />
        </div>
        {invite ? (
          <>
            <h1 className="mt-4 text-xl font-semibold">
              {t("invite.heading", { workspace: invite.workspace.name })}
            </h1>
            <p className="text-muted-foreground mt-2 text-sm">
              {t("invite.body", { role: t(`roles.${invite.role}`) })}
            </p>
            <div className="mt-6 grid gap-2">
              {user ? (
                <>
                  <AcceptInviteButton token={token} />
                  <p className="text-muted-foreground text-xs">
                    {t("invite.signedInAs", { email: user.email })}
                  </p>
                </>
              ) : (
                <>
                  <Link
                    href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}
                    className={buttonClass("primary", "lg")}
                  >
                    {t("invite.createAccount")}
                  </Link>
                  <Link
                    href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
                    className={buttonClass("secondary", "lg")}
                  >
                    {t("invite.signIn")}
                  </Link>
                </>
              )}
            </div>
          </>
        ) : (
          <>
            <h1 className="mt-4 text-xl font-semibold">{t("invite.invalidTitle")}</h1>
            <p className="text-muted-foreground mt-2 text-sm">{t("invite.invalidBody")}</p>
            <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
              {t("common.goHome")}
            </Link>
          </>
        )}
      </Card>
    </div>
  );
}
