import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { workspacePageContext } from "@/lib/auth/page-context";
import { listWorkspacesForUser } from "@/lib/workspace/workspaces";

export default async function AppLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { user, workspace, db } = await workspacePageContext((await params).slug);
  const workspaces = await listWorkspacesForUser(db, user.id);
  return (
    <AppShell
      user={{ name: user.name, email: user.email }}
      current={{ slug: workspace.slug, name: workspace.name, role: workspace.role }}
      workspaces={workspaces.map(({ slug, name, role }) => ({ slug, name, role }))}
    >
      {children}
    </AppShell>
  );
}
