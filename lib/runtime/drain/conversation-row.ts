/**
 * Finds a contact's conversation on a channel and locks it for this transaction (FOR UPDATE):
 * every engine step of a contact happens under this lock, so steps never interleave, whichever
 * worker or instance runs them. Creates the contact and conversation on first contact.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { contacts, conversations } from "@/lib/db/schema";
import { contactRefSchema, type ContactRef } from "@/lib/whatsapp";

export type ConversationRow = typeof conversations.$inferSelect;
export type ContactRow = typeof contacts.$inferSelect;

export async function lockConversation(
  tx: Executor,
  channelId: string,
  contactKey: string,
): Promise<ConversationRow | null> {
  const [row] = await tx
    .select()
    .from(conversations)
    .where(and(eq(conversations.channelId, channelId), eq(conversations.contactKey, contactKey)))
    .for("update");
  return row ?? null;
}

export async function lockConversationById(
  tx: Executor,
  conversationId: string,
): Promise<ConversationRow | null> {
  const [row] = await tx
    .select()
    .from(conversations)
    .where(eq(conversations.id, conversationId))
    .for("update");
  return row ?? null;
}

/**
 * Creates contacts, or refreshes what Meta tells of them (profile name, user id) — one row per
 * workspace and key in `people`, in one statement.
 */
export function upsertContacts(tx: Executor, people: { workspaceId: string; ref: ContactRef }[]) {
  return tx
    .insert(contacts)
    .values(
      people.map(({ workspaceId, ref }) => ({
        workspaceId,
        key: ref.key,
        waId: ref.waId ?? null,
        userId: ref.userId ?? null,
        profileName: ref.profileName ?? null,
      })),
    )
    .onConflictDoUpdate({
      target: [contacts.workspaceId, contacts.key],
      set: {
        profileName: sql`coalesce(excluded.profile_name, ${contacts.profileName})`,
        userId: sql`coalesce(excluded.user_id, ${contacts.userId})`,
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: contacts.id, workspaceId: contacts.workspaceId, key: contacts.key });
}

/** Creates (or refreshes) the contact and creates the conversation if missing; then locks it. */
export async function ensureConversation(
  tx: Executor,
  input: { workspaceId: string; channelId: string; contact: ContactRef },
): Promise<ConversationRow> {
  const { contact } = input;
  const [contactRow] = await upsertContacts(tx, [{ workspaceId: input.workspaceId, ref: contact }]);
  if (!contactRow) throw new Error("contact upsert returned nothing");
  await tx
    .insert(conversations)
    .values({
      workspaceId: input.workspaceId,
      channelId: input.channelId,
      contactId: contactRow.id,
      contactKey: contact.key,
    })
    .onConflictDoNothing();
  const row = await lockConversation(tx, input.channelId, contact.key);
  if (!row) throw new Error("conversation insert returned nothing");
  return row;
}

export function contactRefOf(json: unknown, fallbackKey: string): ContactRef {
  const parsed = contactRefSchema.safeParse(json);
  return parsed.success ? parsed.data : { key: fallbackKey };
}

export async function loadContact(tx: Executor, contactId: string): Promise<ContactRow | null> {
  const [row] = await tx.select().from(contacts).where(eq(contacts.id, contactId));
  return row ?? null;
}
