import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { takeDiscountCode } from "@/lib/runtime/effects/take-discount-code";
import {
  addCodes,
  availableCodes,
  createPool,
  deletePool,
  getPool,
  listPools,
  renamePool,
} from "./pools";

describeEachDatabase("discount code pools", (get) => {
  it("creates a pool with codes, adds more without repeats, and counts what is left", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    const pool = await createPool(db, workspace.id, { name: "Welcome 10%", codes: ["A1", "A2"] });
    expect(pool).toMatchObject({ name: "Welcome 10%", total: 2, available: 2 });

    const taken = await takeDiscountCode(db, {
      workspaceId: workspace.id,
      poolId: pool.id,
      effectId: `effect-${pool.id}`,
      conversationId: null,
    });
    expect(taken).toEqual({ status: "success", data: { code: "A1" } });

    // A1 was handed out already: giving it again must not put it back in circulation.
    expect(await addCodes(db, workspace.id, pool.id, ["A1", "A2", "A3"])).toEqual({
      added: 1,
      alreadyInPool: 2,
    });
    expect(await getPool(db, workspace.id, pool.id)).toMatchObject({ total: 3, available: 2 });
    expect(await availableCodes(db, workspace.id, pool.id)).toEqual(["A2", "A3"]);

    await renamePool(db, workspace.id, pool.id, "Hoş geldin %10");
    const empty = await createPool(db, workspace.id, { name: "Black Friday", codes: [] });
    expect((await listPools(db, workspace.id)).map((p) => [p.name, p.total, p.available])).toEqual([
      ["Black Friday", 0, 0],
      ["Hoş geldin %10", 3, 2],
    ]);

    await deletePool(db, workspace.id, empty.id);
    expect(await listPools(db, workspace.id)).toHaveLength(1);
  });

  it("stores thousands of codes in one upload", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    const codes = Array.from({ length: 5_000 }, (_, i) => `BULK-${i}`);
    const pool = await createPool(db, workspace.id, { name: "Bulk", codes });
    expect(pool).toMatchObject({ total: 5_000, available: 5_000 });
  });

  it("answers 404 for another workspace's pool and writes nothing", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db, "owner");
    const { workspace: other } = await seedUserWithWorkspace(db, "stranger");
    const pool = await createPool(db, workspace.id, { name: "Mine", codes: ["M1"] });
    const notFound = { status: 404, code: "not_found" };
    await expect(getPool(db, other.id, pool.id)).rejects.toMatchObject(notFound);
    await expect(addCodes(db, other.id, pool.id, ["X1"])).rejects.toMatchObject(notFound);
    await expect(renamePool(db, other.id, pool.id, "Theirs")).rejects.toMatchObject(notFound);
    await expect(deletePool(db, other.id, pool.id)).rejects.toMatchObject(notFound);
    expect(await getPool(db, workspace.id, pool.id)).toMatchObject({ name: "Mine", total: 1 });
  });
});
