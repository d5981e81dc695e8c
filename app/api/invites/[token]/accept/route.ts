import { NextResponse } from "next/server";
import { withSession } from "@/lib/auth/with-workspace";
import { acceptInvite } from "@/lib/workspace/invites";

export const POST = withSession<{ token: string }>(async (_request, { params, user, db }) => {
  const workspace = await db.transaction((tx) => acceptInvite(tx, params.token, user.id));
  return NextResponse.json({ slug: workspace.slug });
});
