import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { parseFlow } from "@/lib/flow";
import { createFlow, deleteFlow, duplicateFlow, getFlow, listFlows, renameFlow } from "./flows";
import { createFlowSchema } from "./schemas";

describeEachDatabase("flow store", (get) => {
  it("creates a valid empty flow, renames, duplicates and deletes it", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const { id } = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Welcome",
      userId: user.id,
    });
    const created = await getFlow(db, workspace.id, id);
    expect(created).toMatchObject({
      name: "Welcome",
      status: "draft",
      revision: 1,
      updatedBy: user.name,
    });
    expect(parseFlow(created.document).ok).toBe(true);

    await renameFlow(db, {
      workspaceId: workspace.id,
      flowId: id,
      name: "Hoş geldin",
      userId: user.id,
    });
    const copy = await duplicateFlow(db, {
      workspaceId: workspace.id,
      flowId: id,
      name: "Hoş geldin (kopya)",
      userId: user.id,
    });
    expect((await getFlow(db, workspace.id, copy.id)).document).toEqual(created.document);
    expect((await listFlows(db, workspace.id)).map((f) => f.name).sort()).toEqual([
      "Hoş geldin",
      "Hoş geldin (kopya)",
    ]);

    await deleteFlow(db, workspace.id, id);
    await expect(getFlow(db, workspace.id, id)).rejects.toMatchObject({ status: 404 });
  });

  it("searches case-insensitively and treats % and _ literally", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    for (const name of ["Abandoned cart", "FAQ menu", "50% off", "5 off"]) {
      await createFlow(db, { workspaceId: workspace.id, name, userId: user.id });
    }
    expect((await listFlows(db, workspace.id, { q: "CART" })).map((f) => f.name)).toEqual([
      "Abandoned cart",
    ]);
    expect((await listFlows(db, workspace.id, { q: "0%" })).map((f) => f.name)).toEqual([
      "50% off",
    ]);
    expect(await listFlows(db, workspace.id, { q: "_" })).toEqual([]);
  });

  it("never shows or changes another workspace's flows", async () => {
    const { db } = get();
    const mine = await seedUserWithWorkspace(db, "mine");
    const theirs = await seedUserWithWorkspace(db, "theirs");
    const { id } = await createFlow(db, {
      workspaceId: theirs.workspace.id,
      name: "Secret",
      userId: theirs.user.id,
    });
    const args = {
      workspaceId: mine.workspace.id,
      flowId: id,
      userId: mine.user.id,
      name: "Mine now",
    };
    await expect(getFlow(db, mine.workspace.id, id)).rejects.toMatchObject({ status: 404 });
    await expect(renameFlow(db, args)).rejects.toMatchObject({ status: 404 });
    await expect(duplicateFlow(db, args)).rejects.toMatchObject({ status: 404 });
    await expect(deleteFlow(db, mine.workspace.id, id)).rejects.toMatchObject({ status: 404 });
    expect(await listFlows(db, mine.workspace.id)).toEqual([]);
    expect((await getFlow(db, theirs.workspace.id, id)).name).toBe("Secret");
  });
});

it("flow names must be 1–100 characters after trimming", () => {
  expect(createFlowSchema.safeParse({ name: "   " }).success).toBe(false);
  expect(createFlowSchema.safeParse({ name: "x".repeat(200) }).success).toBe(false);
  expect(createFlowSchema.safeParse({ name: "x".repeat(100) }).success).toBe(true);
  expect(createFlowSchema.safeParse({ name: "  Hoş geldin  " })).toMatchObject({
    data: { name: "Hoş geldin" },
  });
});
