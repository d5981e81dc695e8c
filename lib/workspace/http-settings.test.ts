import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { httpSettings, updatePrivateHttpSetting } from "./http-settings";
import { workspaceAllowsPrivateHttp } from "./private-http-setting";

describeEachDatabase("HTTP settings of a workspace", (get) => {
  it("reports the workspace's choice, the operator's mode and what counts", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    expect(await httpSettings(db, workspace.id, "workspace")).toEqual({
      allowPrivateHttp: false,
      operatorMode: "workspace",
      privateAllowed: false,
    });
    expect(await updatePrivateHttpSetting(db, workspace.id, "workspace", true)).toEqual({
      allowPrivateHttp: true,
      operatorMode: "workspace",
      privateAllowed: true,
    });
    expect(await httpSettings(db, workspace.id, "never")).toMatchObject({
      allowPrivateHttp: true,
      privateAllowed: false,
    });
  });

  it("refuses a change while the operator decides, and stores nothing", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    for (const mode of ["always", "never"] as const) {
      await expect(updatePrivateHttpSetting(db, workspace.id, mode, true)).rejects.toMatchObject({
        status: 409,
        code: "set_by_operator",
      });
    }
    expect(await workspaceAllowsPrivateHttp(db, workspace.id)).toBe(false);
    expect(await httpSettings(db, workspace.id, "always")).toMatchObject({
      allowPrivateHttp: false,
      privateAllowed: true,
    });
  });
});
