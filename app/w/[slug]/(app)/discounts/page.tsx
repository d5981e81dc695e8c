import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DiscountPoolsPage } from "@/components/discounts/discount-pools-page";
import { workspacePageContext } from "@/lib/auth/page-context";
import { roleAtLeast } from "@/lib/workspace/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("discounts");
  return { title: t("title") };
}

export default async function DiscountsRoute({ params }: { params: Promise<{ slug: string }> }) {
  const { workspace } = await workspacePageContext((await params).slug);
  return (
    <DiscountPoolsPage slug={workspace.slug} canEdit={roleAtLeast(workspace.role, "editor")} />
  );
}
