import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ChannelsPage } from "@/components/channels/channels-page";
import { originFromHeaders } from "@/lib/api/public-url";
import { workspacePageContext } from "@/lib/auth/page-context";
import { toChannelJson } from "@/lib/channels/api-schemas";
import { listChannels } from "@/lib/channels/channels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("channels");
  return { title: t("title") };
}

export default async function ChannelsRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace, db } = await workspacePageContext((await params).slug);
  const canManage = workspace.role === "owner";
  const channels = await listChannels(db, workspace.id);
  return (
    <ChannelsPage
      slug={workspace.slug}
      origin={originFromHeaders(await headers(), "http://localhost:3000")}
      canManage={canManage}
      initialChannels={channels.map((c) => toChannelJson(c, { showVerifyToken: canManage }))}
    />
  );
}
