import type { ReactNode } from "react";
import { RememberWorkspace } from "@/components/app-shell/remember-workspace";
import { workspacePageContext } from "@/lib/auth/page-context";

/** Every page under /w/<slug> belongs to members only; others get the not-found page. */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { workspace } = await workspacePageContext((await params).slug);
  return (
    <>
      <RememberWorkspace slug={workspace.slug} />
      {children}
    </>
  );
}
