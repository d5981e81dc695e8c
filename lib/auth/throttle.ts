import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { signInAttempts } from "@/lib/db/schema";

/** Failures allowed before the account's sign-in is paused. */
export const FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;
/** A quiet period after which the failure count starts again from zero. */
const RESET_AFTER_MS = 60 * 60 * 1000;

export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Seconds until this e-mail may try again, or 0 when it may try now. */
export async function secondsUntilAllowed(
  db: Executor,
  email: string,
  now = new Date(),
): Promise<number> {
  const [row] = await db.select().from(signInAttempts).where(eq(signInAttempts.email, email));
  if (!row?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000));
}

export async function recordFailure(db: Executor, email: string, now = new Date()): Promise<void> {
  // One atomic upsert counts the failure, so parallel guesses cannot undercount each other.
  const [row] = await db
    .insert(signInAttempts)
    .values({ email, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: signInAttempts.email,
      set: {
        // A raw sql parameter is not encoded by the driver: pass the instant as ISO text.
        failures: sql`case when ${signInAttempts.lastFailureAt} < ${new Date(now.getTime() - RESET_AFTER_MS).toISOString()}::timestamptz then 1 else ${signInAttempts.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: signInAttempts.failures });
  const seconds = lockSeconds(row?.failures ?? 1);
  if (seconds > 0) {
    await db
      .update(signInAttempts)
      .set({ lockedUntil: new Date(now.getTime() + seconds * 1000) })
      .where(eq(signInAttempts.email, email));
  }
}

export async function clearFailures(db: Executor, email: string): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.email, email));
}
