import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { workspaces } from "@/lib/db/schema";

/**
 * The workspace's own "HTTP nodes may call private network addresses" setting. Whether it counts
 * is the operator's call (lib/runtime `privateHttpAllowed`); a missing workspace allows nothing.
 */
export async function workspaceAllowsPrivateHttp(
  db: Executor,
  workspaceId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ allowPrivateHttp: workspaces.allowPrivateHttp })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row?.allowPrivateHttp ?? false;
}

export async function setWorkspaceAllowsPrivateHttp(
  db: Executor,
  workspaceId: string,
  allowed: boolean,
): Promise<void> {
  await db
    .update(workspaces)
    .set({ allowPrivateHttp: allowed })
    .where(eq(workspaces.id, workspaceId));
}
