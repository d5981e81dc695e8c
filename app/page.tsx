import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { LAST_WORKSPACE_COOKIE } from "@/lib/workspace/last-workspace";
import { listWorkspacesForUser } from "@/lib/workspace/workspaces";

export default async function Home() {
  const user = await requireUser();
  const workspaces = await listWorkspacesForUser(await getDb(), user.id);
  const last = (await cookies()).get(LAST_WORKSPACE_COOKIE)?.value;
  const target = workspaces.find((w) => w.slug === last) ?? workspaces[0];
  redirect(target ? `/w/${target.slug}/flows` : "/w/new");
}
