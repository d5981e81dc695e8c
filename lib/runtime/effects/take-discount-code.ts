/**
 * Takes one unused code from a workspace pool for an engine effect. Atomic under concurrency
 * (FOR UPDATE SKIP LOCKED: two conversations never get the same code, and neither waits on the
 * other) and idempotent per effect id (a retried step gets the code it already took).
 */
import { and, eq, sql } from "drizzle-orm";
import { isId } from "@/lib/api/parse";
import type { Executor } from "@/lib/db";
import { discountCodes, discountPools } from "@/lib/db/schema";
import type { EffectResult } from "@/lib/flow";

export interface TakeCodeInput {
  workspaceId: string;
  poolId: string;
  effectId: string;
  conversationId: string | null;
}

export async function takeDiscountCode(tx: Executor, input: TakeCodeInput): Promise<EffectResult> {
  const [already] = await tx
    .select({ code: discountCodes.code })
    .from(discountCodes)
    .where(eq(discountCodes.effectId, input.effectId));
  if (already) return { status: "success", data: { code: already.code } };
  if (!isId(input.poolId)) return { status: "exhausted" };
  const [pool] = await tx
    .select({ id: discountPools.id })
    .from(discountPools)
    .where(
      and(eq(discountPools.id, input.poolId), eq(discountPools.workspaceId, input.workspaceId)),
    );
  if (!pool) return { status: "exhausted" };
  const [taken] = await tx
    .update(discountCodes)
    .set({ takenAt: sql`now()`, effectId: input.effectId, conversationId: input.conversationId })
    .where(
      eq(
        discountCodes.id,
        sql`(select id from ${discountCodes} where ${discountCodes.poolId} = ${pool.id}
              and ${discountCodes.takenAt} is null order by ${discountCodes.code}
              limit 1 for update skip locked)`,
      ),
    )
    .returning({ code: discountCodes.code });
  return taken ? { status: "success", data: { code: taken.code } } : { status: "exhausted" };
}
