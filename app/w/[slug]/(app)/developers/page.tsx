import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ApiKeysCard } from "@/components/developers/api-keys-card";
import { ApiReference } from "@/components/developers/api-reference";
import { originFromHeaders } from "@/lib/api/public-url";
import { workspacePageContext } from "@/lib/auth/page-context";
import { endpoints } from "@/lib/public-api/endpoints";
import { referenceOf } from "@/lib/public-api/reference";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

export default async function DevelopersRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await workspacePageContext((await params).slug);
  const t = await getTranslations("developers");
  const origin = originFromHeaders(await headers(), "http://localhost:3000");
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8 sm:px-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground mt-1 text-sm">{t("subtitle")}</p>
      </div>
      <ApiKeysCard slug={workspace.slug} canManage={workspace.role === "owner"} />
      <ApiReference operations={referenceOf(endpoints)} origin={origin} />
    </div>
  );
}
