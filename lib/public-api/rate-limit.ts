import { and, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { apiRateWindows } from "@/lib/db/schema";

export const DEFAULT_REQUESTS_PER_MINUTE = 120;

export function requestsPerMinute(): number {
  const configured = Number(process.env.SOHBET_API_RATE_LIMIT);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_REQUESTS_PER_MINUTE;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
}

/**
 * A fixed one-minute window per key, counted with one atomic upsert so that every app instance
 * sharing the database shares the limit.
 */
export async function takeRequest(
  db: Executor,
  keyId: string,
  limit = requestsPerMinute(),
  now = new Date(),
): Promise<RateDecision> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const [row] = await db
    .insert(apiRateWindows)
    .values({ keyId, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [apiRateWindows.keyId, apiRateWindows.windowStart],
      set: { count: sql`${apiRateWindows.count} + 1` },
    })
    .returning({ count: apiRateWindows.count });
  const count = row?.count ?? 1;
  if (count === 1) {
    // First request of a new window: forget this key's old windows.
    await db
      .delete(apiRateWindows)
      .where(and(eq(apiRateWindows.keyId, keyId), lt(apiRateWindows.windowStart, windowStart)));
  }
  const resetSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000),
  );
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
}
