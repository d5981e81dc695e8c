import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { setWorkspaceAllowsPrivateHttp, workspaceAllowsPrivateHttp } from "./private-http-setting";

describeEachDatabase("private HTTP setting", (get) => {
  it("starts off, and switches per workspace", async () => {
    const { db } = get();
    const { workspace: mine } = await seedUserWithWorkspace(db, "mine");
    const { workspace: theirs } = await seedUserWithWorkspace(db, "theirs");
    expect(await workspaceAllowsPrivateHttp(db, mine.id)).toBe(false);

    await setWorkspaceAllowsPrivateHttp(db, mine.id, true);
    expect(await workspaceAllowsPrivateHttp(db, mine.id)).toBe(true);
    expect(await workspaceAllowsPrivateHttp(db, theirs.id)).toBe(false);

    await setWorkspaceAllowsPrivateHttp(db, mine.id, false);
    expect(await workspaceAllowsPrivateHttp(db, mine.id)).toBe(false);
  });

  it("allows nothing for a workspace that does not exist", async () => {
    const { db } = get();
    expect(await workspaceAllowsPrivateHttp(db, "00000000-0000-4000-8000-000000000000")).toBe(
      false,
    );
  });
});
