import { expect, it } from "vitest";
import { seedUser, seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import {
  acceptInvite,
  createInvite,
  findUsableInvite,
  listPendingInvites,
  revokeInvite,
} from "./invites";
import { changeMemberRole, listMembers, removeMember } from "./members";
import { findMembership } from "./workspaces";

describeEachDatabase("invites and members", (get) => {
  it("an invite link adds the person with the invited role, once", async () => {
    const { db } = get();
    const { user: owner, workspace } = await seedUserWithWorkspace(db, "owner");
    const { token } = await createInvite(db, {
      workspaceId: workspace.id,
      role: "viewer",
      createdBy: owner.id,
    });
    expect(await listPendingInvites(db, workspace.id)).toHaveLength(1);
    const guest = await seedUser(db, "guest");
    const joined = await acceptInvite(db, token, guest.id);
    expect(joined.slug).toBe(workspace.slug);
    expect((await findMembership(db, workspace.slug, guest.id))?.role).toBe("viewer");
    expect(await listPendingInvites(db, workspace.id)).toHaveLength(0);
    const second = await seedUser(db, "second");
    await expect(acceptInvite(db, token, second.id)).rejects.toMatchObject({ status: 404 });
    expect(await findMembership(db, workspace.slug, second.id)).toBeNull();
  });

  it("revoked, expired and unknown links do not work", async () => {
    const { db } = get();
    const { user: owner, workspace } = await seedUserWithWorkspace(db, "owner");
    const revoked = await createInvite(db, {
      workspaceId: workspace.id,
      role: "editor",
      createdBy: owner.id,
    });
    await revokeInvite(db, workspace.id, revoked.invite.id);
    expect(await findUsableInvite(db, revoked.token)).toBeNull();
    const old = await createInvite(
      db,
      { workspaceId: workspace.id, role: "editor", createdBy: owner.id },
      new Date(Date.now() - 8 * 24 * 3600 * 1000),
    );
    expect(await findUsableInvite(db, old.token)).toBeNull();
    expect(await findUsableInvite(db, "no-such-token")).toBeNull();
  });

  it("never lowers an existing member's role", async () => {
    const { db } = get();
    const { user: owner, workspace } = await seedUserWithWorkspace(db, "owner");
    const { token } = await createInvite(db, {
      workspaceId: workspace.id,
      role: "viewer",
      createdBy: owner.id,
    });
    await acceptInvite(db, token, owner.id);
    expect((await findMembership(db, workspace.slug, owner.id))?.role).toBe("owner");
  });

  it("keeps at least one owner", async () => {
    const { db } = get();
    const { user: owner, workspace } = await seedUserWithWorkspace(db, "owner");
    await expect(changeMemberRole(db, workspace.id, owner.id, "editor")).rejects.toMatchObject({
      code: "last_owner",
    });
    await expect(removeMember(db, workspace.id, owner.id)).rejects.toMatchObject({
      code: "last_owner",
    });
    const other = await seedUser(db, "co-owner");
    const { token } = await createInvite(db, {
      workspaceId: workspace.id,
      role: "owner",
      createdBy: owner.id,
    });
    await acceptInvite(db, token, other.id);
    await changeMemberRole(db, workspace.id, owner.id, "editor");
    expect((await listMembers(db, workspace.id)).map((m) => m.role).sort()).toEqual([
      "editor",
      "owner",
    ]);
  });

  it("cannot touch invites or members of another workspace", async () => {
    const { db } = get();
    const a = await seedUserWithWorkspace(db, "a");
    const b = await seedUserWithWorkspace(db, "b");
    const { invite } = await createInvite(db, {
      workspaceId: a.workspace.id,
      role: "viewer",
      createdBy: a.user.id,
    });
    await expect(revokeInvite(db, b.workspace.id, invite.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(changeMemberRole(db, b.workspace.id, a.user.id, "viewer")).rejects.toMatchObject({
      status: 404,
    });
  });
});
