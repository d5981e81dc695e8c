import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { discountCodes, discountPools } from "@/lib/db/schema";
import { notFound } from "@/lib/errors/app-error";

export interface DiscountPool {
  id: string;
  name: string;
  total: number;
  available: number;
  createdAt: Date;
}

export interface AddedCodes {
  added: number;
  /** Codes the pool already had (given again, or taken earlier): never handed out twice. */
  alreadyInPool: number;
}

/** Inserts stay well under PostgreSQL's 65,535 bind parameters per statement. */
const INSERT_CHUNK = 2_000;

const poolColumns = {
  id: discountPools.id,
  name: discountPools.name,
  createdAt: discountPools.createdAt,
  total: count(discountCodes.id),
  available:
    sql<number>`count(${discountCodes.id}) filter (where ${discountCodes.takenAt} is null)`.mapWith(
      Number,
    ),
};

export async function listPools(db: Executor, workspaceId: string): Promise<DiscountPool[]> {
  return db
    .select(poolColumns)
    .from(discountPools)
    .leftJoin(discountCodes, eq(discountCodes.poolId, discountPools.id))
    .where(eq(discountPools.workspaceId, workspaceId))
    .groupBy(discountPools.id)
    .orderBy(asc(discountPools.name), asc(discountPools.createdAt));
}

export async function getPool(
  db: Executor,
  workspaceId: string,
  poolId: string,
): Promise<DiscountPool> {
  const [pool] = await db
    .select(poolColumns)
    .from(discountPools)
    .leftJoin(discountCodes, eq(discountCodes.poolId, discountPools.id))
    .where(and(eq(discountPools.id, poolId), eq(discountPools.workspaceId, workspaceId)))
    .groupBy(discountPools.id);
  if (!pool) throw notFound("discountPool");
  return pool;
}

async function insertCodes(db: Executor, poolId: string, codes: string[]): Promise<number> {
  let added = 0;
  for (let at = 0; at < codes.length; at += INSERT_CHUNK) {
    const rows = await db
      .insert(discountCodes)
      .values(codes.slice(at, at + INSERT_CHUNK).map((code) => ({ poolId, code })))
      .onConflictDoNothing({ target: [discountCodes.poolId, discountCodes.code] })
      .returning({ id: discountCodes.id });
    added += rows.length;
  }
  return added;
}

/** A pool and its first codes, all or nothing. */
export async function createPool(
  db: Executor,
  workspaceId: string,
  input: { name: string; codes: string[] },
): Promise<DiscountPool> {
  const id = await db.transaction(async (tx) => {
    const [pool] = await tx
      .insert(discountPools)
      .values({ workspaceId, name: input.name })
      .returning({ id: discountPools.id });
    if (!pool) throw new Error("insert returned no pool");
    await insertCodes(tx, pool.id, input.codes);
    return pool.id;
  });
  return getPool(db, workspaceId, id);
}

/** Adds codes to a pool; codes it already holds (free or taken) are skipped, all in one go. */
export async function addCodes(
  db: Executor,
  workspaceId: string,
  poolId: string,
  codes: string[],
): Promise<AddedCodes> {
  return db.transaction(async (tx) => {
    await getPool(tx, workspaceId, poolId);
    const added = await insertCodes(tx, poolId, codes);
    return { added, alreadyInPool: codes.length - added };
  });
}

export async function renamePool(
  db: Executor,
  workspaceId: string,
  poolId: string,
  name: string,
): Promise<void> {
  const rows = await db
    .update(discountPools)
    .set({ name })
    .where(and(eq(discountPools.id, poolId), eq(discountPools.workspaceId, workspaceId)))
    .returning({ id: discountPools.id });
  if (rows.length === 0) throw notFound("discountPool");
}

/** Deletes the pool and its codes; a flow still pointing at it then takes its `exhausted` path. */
export async function deletePool(db: Executor, workspaceId: string, poolId: string): Promise<void> {
  const rows = await db
    .delete(discountPools)
    .where(and(eq(discountPools.id, poolId), eq(discountPools.workspaceId, workspaceId)))
    .returning({ id: discountPools.id });
  if (rows.length === 0) throw notFound("discountPool");
}

/** Codes not yet handed out, for a download before the pool is emptied or deleted. */
export async function availableCodes(
  db: Executor,
  workspaceId: string,
  poolId: string,
): Promise<string[]> {
  await getPool(db, workspaceId, poolId);
  const rows = await db
    .select({ code: discountCodes.code })
    .from(discountCodes)
    .where(and(eq(discountCodes.poolId, poolId), isNull(discountCodes.takenAt)))
    .orderBy(asc(discountCodes.code));
  return rows.map((row) => row.code);
}
