import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HttpSettingsCard } from "@/components/settings/http-settings-card";
import { InvitesCard } from "@/components/settings/invites-card";
import { MembersCard } from "@/components/settings/members-card";
import { WorkspaceNameCard } from "@/components/settings/workspace-name-card";
import { workspacePageContext } from "@/lib/auth/page-context";
import { privateHttpModeFromEnv } from "@/lib/runtime";
import { httpSettings } from "@/lib/workspace/http-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, user, db } = await workspacePageContext((await params).slug);
  const t = await getTranslations("settings");
  const isOwner = workspace.role === "owner";
  const http = await httpSettings(db, workspace.id, privateHttpModeFromEnv());
  return (
    <div className="mx-auto grid max-w-3xl gap-6 px-4 py-8 sm:px-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground mt-1 text-sm">{t("subtitle")}</p>
      </div>
      <WorkspaceNameCard slug={workspace.slug} name={workspace.name} canEdit={isOwner} />
      <MembersCard slug={workspace.slug} currentUserId={user.id} canManage={isOwner} />
      {isOwner ? <InvitesCard slug={workspace.slug} /> : null}
      <HttpSettingsCard slug={workspace.slug} initial={http} canEdit={isOwner} />
    </div>
  );
}
