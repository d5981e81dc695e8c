/**
 * Delivery statuses: each is kept once (wamid + status), and the outbox row moves forward only.
 * A status can beat the sender to the database (Meta answers the send, then posts `sent` within
 * milliseconds): it waits in `outbound_statuses` and the sender applies it with the wamid.
 */
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { outboundMessages, outboundStatuses } from "@/lib/db/schema";
import type { StatusEvent } from "@/lib/whatsapp";
import { statusRank, statusRankSql } from "../sender/status-rank";

export interface StatusToRecord {
  workspaceId: string;
  channelId: string;
  event: StatusEvent;
}

export async function recordStatuses(tx: Executor, statuses: StatusToRecord[]): Promise<void> {
  if (statuses.length === 0) return;
  const fresh = await tx
    .insert(outboundStatuses)
    .values(
      statuses.map(({ workspaceId, channelId, event }) => ({
        workspaceId,
        channelId,
        wamid: event.messageId,
        status: event.status,
        occurredAt: new Date(event.timestamp),
        errorCode: event.errors?.[0]?.code ?? null,
        errorMessage: event.errors?.[0]?.message ?? event.errors?.[0]?.title ?? null,
        raw: event.raw ?? null,
      })),
    )
    .onConflictDoNothing()
    .returning();
  for (const row of fresh) await applyStatus(tx, row);
}

type StatusRow = typeof outboundStatuses.$inferSelect;

/** Moves the outbox row of `row.wamid` to `row.status` if that is further along. */
export async function applyStatus(tx: Executor, row: StatusRow): Promise<void> {
  await tx
    .update(outboundMessages)
    .set({
      status: row.status,
      statusAt: row.occurredAt,
      ...(row.status === "failed"
        ? { errorCode: row.errorCode, errorMessage: row.errorMessage }
        : {}),
    })
    .where(
      and(
        eq(outboundMessages.wamid, row.wamid),
        lt(statusRankSql(outboundMessages.status), sql`${statusRank(row.status)}`),
      ),
    );
}

/** After the sender records wamids: statuses that arrived first. */
export async function applyEarlyStatuses(tx: Executor, wamids: string[]): Promise<void> {
  if (wamids.length === 0) return;
  const early = await tx
    .select()
    .from(outboundStatuses)
    .where(inArray(outboundStatuses.wamid, wamids));
  early.sort((a, b) => statusRank(a.status) - statusRank(b.status));
  for (const row of early) await applyStatus(tx, row);
}
