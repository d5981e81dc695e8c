/**
 * Delivery statuses: each is kept once (wamid + status), and the outbox row moves forward only.
 * A status can beat the sender to the database (Meta answers the send, then posts `sent` within
 * milliseconds): it waits in `outbound_statuses` and the sender applies it with the wamid.
 * A `failed` status with 131047 (Meta accepted the send, then found the window closed) closes the
 * window just as a refusal in the send's answer does (sender/record-window-closed.ts).
 */
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { outboundMessages, outboundStatuses } from "@/lib/db/schema";
import { kindForCode, type StatusEvent } from "@/lib/whatsapp";
import type { DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";
import { closeWindow } from "../sender/record-window-closed";
import { statusRank, statusRankSql } from "../sender/status-rank";

export interface StatusToRecord {
  workspaceId: string;
  channelId: string;
  event: StatusEvent;
}

/** Stores and applies the statuses; returns the contacts to drain (windows found closed). */
export async function recordStatuses(
  tx: Executor,
  statuses: StatusToRecord[],
): Promise<DrainTarget[]> {
  if (statuses.length === 0) return [];
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
  const drains: DrainTarget[] = [];
  for (const row of fresh) {
    const drain = await applyStatus(tx, row);
    if (drain) drains.push(drain);
  }
  return drains;
}

type StatusRow = typeof outboundStatuses.$inferSelect;

function closesWindow(row: StatusRow): boolean {
  return (
    row.status === "failed" &&
    row.errorCode !== null &&
    kindForCode(row.errorCode) === "window_closed"
  );
}

/**
 * Moves the outbox row of `row.wamid` to `row.status` if that is further along; a 131047 failure
 * that moved it closes the window (returns the contact to drain when the notice is new).
 */
export async function applyStatus(tx: Executor, row: StatusRow): Promise<DrainTarget | null> {
  const [moved] = await tx
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
    )
    .returning({
      id: outboundMessages.id,
      conversationId: outboundMessages.conversationId,
      seq: outboundMessages.seq,
    });
  if (!moved || !closesWindow(row)) return null;
  return closeWindow(tx, moved, { code: row.errorCode, message: row.errorMessage }, row.occurredAt);
}

/**
 * After the sender records wamids: statuses that arrived first. They only move rows forward, so
 * they need no transaction — unless one closes a window, whose notice must come with it.
 */
export async function applyEarlyStatuses(rt: Runtime, wamids: string[]): Promise<void> {
  if (wamids.length === 0) return;
  const early = await rt.db
    .select()
    .from(outboundStatuses)
    .where(inArray(outboundStatuses.wamid, wamids));
  if (early.length === 0) return;
  early.sort((a, b) => statusRank(a.status) - statusRank(b.status));
  const apply = async (ex: Executor) => {
    const drains: DrainTarget[] = [];
    for (const row of early) {
      const drain = await applyStatus(ex, row);
      if (drain) drains.push(drain);
    }
    if (drains.length > 0) await rt.queue.enqueueDrains(ex, drains, new Date(rt.now()));
  };
  await (early.some(closesWindow) ? rt.db.transaction(apply) : apply(rt.db));
}
