/**
 * Discount codes in the sandbox. The live pool is never taken from: the simulator reads (without
 * locking or marking) one free code of the pool and answers with a look-alike of it — the same
 * length, letters for letters and digits for digits, separators kept — so the message reads as it
 * will for a customer while no real code leaks into a test chat or gets used up. An empty or
 * unknown pool answers `exhausted`, exactly as live, so that branch can be tried too.
 */
import { and, eq, isNull } from "drizzle-orm";
import { isId } from "@/lib/api/parse";
import type { Executor } from "@/lib/db";
import { discountCodes, discountPools } from "@/lib/db/schema";
import type { DiscountCodeEffect, EffectResult } from "@/lib/flow";

const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghjkmnpqrstuvwxyz";
const DIGITS = "0123456789";

function pick(alphabet: string, random: () => number): string {
  return alphabet[Math.floor(random() * alphabet.length)] ?? alphabet.charAt(0);
}

/** A code shaped like `sample`; never equal to it. */
export function lookAlikeCode(sample: string, random: () => number): string {
  const code = [...sample]
    .map((c) => {
      if (/[A-Z]/.test(c)) return pick(UPPER, random);
      if (/[a-z]/.test(c)) return pick(LOWER, random);
      if (/[0-9]/.test(c)) return pick(DIGITS, random);
      return c;
    })
    .join("");
  return code === sample || code === "" ? `SIM-${sample}` : code;
}

export async function sandboxDiscountCode(
  db: Executor,
  workspaceId: string,
  effect: DiscountCodeEffect,
  random: () => number,
): Promise<{ result: EffectResult; summary: string }> {
  if (!isId(effect.poolId)) return { result: { status: "exhausted" }, summary: effect.poolId };
  const [pool] = await db
    .select({ id: discountPools.id, name: discountPools.name })
    .from(discountPools)
    .where(and(eq(discountPools.id, effect.poolId), eq(discountPools.workspaceId, workspaceId)));
  if (!pool) return { result: { status: "exhausted" }, summary: effect.poolId };
  const free = await db
    .select({ code: discountCodes.code })
    .from(discountCodes)
    .where(and(eq(discountCodes.poolId, pool.id), isNull(discountCodes.takenAt)))
    .orderBy(discountCodes.code)
    .limit(1);
  const sample = free[0]?.code;
  if (sample === undefined) return { result: { status: "exhausted" }, summary: pool.name };
  let code = lookAlikeCode(sample, random);
  const [clash] = await db
    .select({ code: discountCodes.code })
    .from(discountCodes)
    .where(and(eq(discountCodes.poolId, pool.id), eq(discountCodes.code, code)));
  if (clash) code = `SIM-${code}`;
  return { result: { status: "success", data: { code } }, summary: pool.name };
}
