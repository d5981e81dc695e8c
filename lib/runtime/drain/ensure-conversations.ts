/**
 * A contact's first message: creates (or refreshes) the contact and creates its conversation,
 * for every target of a drained batch that has none yet — in a few statements, committed on
 * their own before the batch locks the rows (SKIP LOCKED cannot tell a missing row from one
 * another worker holds). Idempotent: a concurrent worker doing the same inserts nothing twice.
 */
import { desc } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { conversations, inboundMessages } from "@/lib/db/schema";
import { drainKey, type DrainTarget } from "../queue/runtime-queue";
import { contactRefOf, upsertContacts } from "./conversation-row";
import { pendingInboundOf, targetsWhere } from "./targets-where";

export async function ensureConversations(db: Executor, targets: DrainTarget[]): Promise<void> {
  if (targets.length === 0) return;
  const existing = await db
    .select({ channelId: conversations.channelId, contactKey: conversations.contactKey })
    .from(conversations)
    .where(targetsWhere(targets, conversations.channelId, conversations.contactKey));
  const known = new Set(existing.map((c) => drainKey(c)));
  const missing = targets.filter((t) => !known.has(drainKey(t)));
  if (missing.length === 0) return;

  const latest = await newestPendingMessages(db, missing);
  if (latest.length === 0) return;
  // Sorted, so two workers inserting overlapping contacts wait on each other in the same order.
  const fresh = latest
    .map((row) => ({ ...row, ref: contactRefOf(row.contact, row.contactKey) }))
    .sort((a, b) => drainKey(a).localeCompare(drainKey(b)));
  // One row per contact even when it writes to two numbers of the workspace at once.
  const people = new Map(fresh.map((f) => [`${f.workspaceId}:${f.ref.key}`, f]));
  const contactIds = await upsertContacts(db, [...people.values()]);
  const idOf = new Map(contactIds.map((c) => [`${c.workspaceId}:${c.key}`, c.id]));
  await db
    .insert(conversations)
    .values(
      fresh.flatMap(({ workspaceId, channelId, ref }) => {
        const contactId = idOf.get(`${workspaceId}:${ref.key}`);
        return contactId ? [{ workspaceId, channelId, contactId, contactKey: ref.key }] : [];
      }),
    )
    .onConflictDoNothing();
}

/**
 * The newest pending message of each of these contacts: it says who they are (profile name,
 * user id). Only pending ones (those are why a contact is drained): they have an index of their
 * own, while looking through all of a number's messages for a new contact's grows with the shop's
 * history (its plan has a test: ensure-conversations.test.ts).
 */
export function newestPendingMessages(db: Executor, targets: DrainTarget[]) {
  return db
    .selectDistinctOn([inboundMessages.channelId, inboundMessages.contactKey], {
      workspaceId: inboundMessages.workspaceId,
      channelId: inboundMessages.channelId,
      contactKey: inboundMessages.contactKey,
      contact: inboundMessages.contact,
    })
    .from(inboundMessages)
    .where(pendingInboundOf(targets))
    .orderBy(
      inboundMessages.channelId,
      inboundMessages.contactKey,
      desc(inboundMessages.receivedAt),
    );
}
