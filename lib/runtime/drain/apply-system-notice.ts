/**
 * `user_changed_number`: the customer now writes from another number. The contact (and its
 * conversation) follow them, unless that number is already a contact of the workspace.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db";
import { contacts } from "@/lib/db/schema";
import type { ConversationState, StepWriter } from "./step-writer";

export async function applySystemNotice(
  tx: Tx,
  writer: StepWriter,
  state: ConversationState,
  type: string,
  payload: unknown,
): Promise<void> {
  if (type !== "user_changed_number") return;
  const { conv } = state;
  const newWaId =
    typeof payload === "object" && payload !== null && "newWaId" in payload
      ? payload.newWaId
      : undefined;
  if (typeof newWaId !== "string" || newWaId === "" || newWaId === conv.contactKey) return;
  const [taken] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, conv.workspaceId), eq(contacts.key, newWaId)));
  if (taken) return;
  writer.contactChanged(state, { key: newWaId, waId: newWaId });
  writer.changed(state, { contactKey: newWaId });
}
