/**
 * WhatsApp refused a message because the customer's 24-hour window has closed (131047), in the
 * send's own answer or later in a `failed` status webhook. In one transaction: the message is
 * recorded failed, the conversation's later free-form messages fail with it (they would all be
 * refused; templates stay queued), and a synthetic `system` inbound row tells the conversation's
 * engine, which sends the flow's fallback template. The row's wamid is derived from the refused
 * message, so the unique channel+wamid index makes this happen once.
 */
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { conversations, inboundMessages, outboundMessages } from "@/lib/db/schema";
import type { Executor } from "@/lib/db";
import type { ClassifiedError } from "@/lib/whatsapp";
import { WINDOW_CLOSED_NOTICE } from "../drain/apply-window-closed";
import type { DrainTarget } from "../queue/runtime-queue";
import type { Runtime } from "../runtime";

export function windowClosedWamid(outboundMessageId: string): string {
  return `${WINDOW_CLOSED_NOTICE}:${outboundMessageId}`;
}

/** Refused in the send's answer: settles the claimed row, then closes the window. */
export async function recordWindowClosed(
  rt: Runtime,
  row: typeof outboundMessages.$inferSelect,
  error: ClassifiedError,
): Promise<void> {
  await rt.db.transaction(async (tx) => {
    const [failed] = await tx
      .update(outboundMessages)
      .set({
        status: "failed",
        claimedUntil: null,
        errorCode: error.code,
        errorMessage: error.message,
        statusAt: sql`now()`,
      })
      .where(and(eq(outboundMessages.id, row.id), eq(outboundMessages.status, "sending")))
      .returning({ id: outboundMessages.id });
    // Another sender settled it first: it did the rest.
    if (!failed) return;
    const target = await closeWindow(tx, row, error, new Date(rt.now()));
    if (target) await rt.queue.enqueueDrain(tx, target);
  });
}

export interface RefusedMessage {
  id: string;
  conversationId: string;
  seq: number;
}

/**
 * What follows a refusal of `refused` (already recorded failed), in the caller's transaction:
 * the later free-form messages fail and the notice is stored. Returns the contact to drain when
 * the notice is new (the caller queues it with its own jobs), null when it was stored before.
 */
export async function closeWindow(
  tx: Executor,
  refused: RefusedMessage,
  error: { code: number | null; message: string | null },
  refusedAt: Date,
): Promise<DrainTarget | null> {
  await tx
    .update(outboundMessages)
    .set({
      status: "failed",
      claimedUntil: null,
      errorCode: error.code,
      errorMessage: "Not sent: the 24-hour window has closed; only templates can be sent.",
      statusAt: sql`now()`,
    })
    .where(
      and(
        eq(outboundMessages.conversationId, refused.conversationId),
        eq(outboundMessages.status, "queued"),
        gt(outboundMessages.seq, refused.seq),
        ne(sql`${outboundMessages.message}->>'type'`, "template"),
      ),
    );
  const [conv] = await tx
    .select({
      workspaceId: conversations.workspaceId,
      channelId: conversations.channelId,
      contactKey: conversations.contactKey,
    })
    .from(conversations)
    .where(eq(conversations.id, refused.conversationId));
  if (!conv) return null;
  const [notice] = await tx
    .insert(inboundMessages)
    .values({
      workspaceId: conv.workspaceId,
      channelId: conv.channelId,
      contactKey: conv.contactKey,
      contact: { key: conv.contactKey },
      wamid: windowClosedWamid(refused.id),
      kind: "system",
      type: WINDOW_CLOSED_NOTICE,
      payload: { outboundMessageId: refused.id, code: error.code, message: error.message },
      sentAt: refusedAt,
    })
    .onConflictDoNothing({ target: [inboundMessages.channelId, inboundMessages.wamid] })
    .returning({ id: inboundMessages.id });
  return notice ? { channelId: conv.channelId, contactKey: conv.contactKey } : null;
}
