import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * How far along a message is. Statuses only move forward: a `delivered` that arrives after
 * `read` changes nothing. `failed` beats `sent` (Meta accepted it, then gave up) but not
 * `delivered`/`read`, which prove the customer got it.
 */
export const STATUS_RANK = {
  queued: 0,
  sending: 0,
  accepted: 10,
  sent: 20,
  failed: 25,
  delivered: 30,
  read: 40,
  played: 50,
} as const;

export type OutboundStatus = keyof typeof STATUS_RANK;

export function isOutboundStatus(status: string): status is OutboundStatus {
  return Object.hasOwn(STATUS_RANK, status);
}

export function statusRank(status: string): number {
  return isOutboundStatus(status) ? STATUS_RANK[status] : 0;
}

/** The same ranking in SQL, for forward-only updates in one statement. */
export function statusRankSql(column: AnyPgColumn): SQL {
  const cases = Object.entries(STATUS_RANK).map(
    ([status, rank]) => sql`when ${status} then ${sql.raw(String(rank))}`,
  );
  return sql`(case ${column} ${sql.join(cases, sql` `)} else 0 end)`;
}
