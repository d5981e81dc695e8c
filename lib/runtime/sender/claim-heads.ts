/**
 * Claims the oldest open message of each of many conversations in ONE statement, for those whose
 * head may go now (not waiting for a retry, not held by another sender); for the others, one
 * more statement says whether they are done or when to look again. A conversation's messages
 * go one at a time: only its head is ever claimed.
 */
import { and, asc, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/lib/db";
import { outboundMessages } from "@/lib/db/schema";

export type OutboundRow = typeof outboundMessages.$inferSelect;

/**
 * `id = any(…)` over the head (lowest seq) open message id of each conversation. As an array the
 * heads are found once (an InitPlan) and then fetched by primary key; as `id in (…)` PostgreSQL
 * may instead walk the open rows and redo every lookup for each of them.
 */
function isHead(conversationIds: string[]) {
  return sql`${outboundMessages.id} = any(array${headIds(conversationIds)})`;
}

/** The head (lowest seq) open message id of each conversation. */
function headIds(conversationIds: string[]) {
  const list = sql.join(
    conversationIds.map((id) => sql`(${id}::uuid)`),
    sql`, `,
  );
  return sql`(select h.id from (values ${list}) as c(id) cross join lateral (
    select o.id from ${outboundMessages} o
    where o.conversation_id = c.id and o.status in ('queued', 'sending')
    order by o.seq limit 1) h)`;
}

export async function claimHeads(
  db: Db,
  conversationIds: string[],
  now: Date,
  claimMs: number,
): Promise<OutboundRow[]> {
  if (conversationIds.length === 0) return [];
  return claimHeadsQuery(db, conversationIds, now, claimMs);
}

/** The claim statement itself (its plan has a test: claim-heads.test.ts). */
export function claimHeadsQuery(db: Db, conversationIds: string[], now: Date, claimMs: number) {
  return db
    .update(outboundMessages)
    .set({
      status: "sending",
      claimedUntil: new Date(now.getTime() + claimMs),
      attempts: sql`${outboundMessages.attempts} + 1`,
    })
    .where(
      and(
        isHead(conversationIds),
        lte(outboundMessages.nextAttemptAt, now),
        // Checked again on the row as it is when locked: a head another sender settled
        // meanwhile (accepted, failed) is not taken a second time. One CASE rather than
        // `status in ('queued', 'sending') and …`: from that PostgreSQL would prove the head
        // index's condition and, with statistics taken while the outbox was empty, scan every
        // open row instead of fetching the heads by key (linear in a burst's backlog).
        sql`case ${outboundMessages.status}
          when 'queued' then true
          when 'sending' then ${or(isNull(outboundMessages.claimedUntil), lt(outboundMessages.claimedUntil, now))}
          else false end`,
      ),
    )
    .returning();
}

/** For conversations whose head was not claimed: when it may go (absent: nothing left). */
export async function nextLooks(
  db: Db,
  conversationIds: string[],
  now: Date,
  minRetryMs: number,
): Promise<Map<string, Date>> {
  const looks = new Map<string, Date>();
  if (conversationIds.length === 0) return looks;
  const heads = await db
    .select()
    .from(outboundMessages)
    .where(isHead(conversationIds))
    .orderBy(asc(outboundMessages.seq));
  for (const head of heads) {
    const claimEnds =
      head.status === "sending" && head.claimedUntil ? head.claimedUntil.getTime() : 0;
    const at = Math.max(claimEnds, head.nextAttemptAt.getTime(), now.getTime() + minRetryMs);
    looks.set(head.conversationId, new Date(at));
  }
  return looks;
}
