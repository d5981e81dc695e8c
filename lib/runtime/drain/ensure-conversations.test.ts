/**
 * A new contact's first drain on a number with a long history: who they are is read from their
 * pending messages by the pending index, not by looking through every message of the number
 * (which made first replies seconds slow once a shop had a few hundred thousand messages).
 */
import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { contacts, conversations } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { planReads } from "../test-support/plan-reads";
import { seedShop, type Shop } from "../testing";
import { ensureConversations, newestPendingMessages } from "./ensure-conversations";

describeEachDatabase("ensureConversations", (get) => {
  let shop: Shop;
  const inbound = (contactKey: string, wamid: string, status: string, name: string, at: string) =>
    get().query(
      `insert into inbound_messages
         (workspace_id, channel_id, contact_key, contact, wamid, kind, type, payload, sent_at,
          received_at, status)
       values ($1::uuid, $2::uuid, $3, $4::jsonb, $5, 'message', 'text', '{}'::jsonb, $6::timestamptz,
          $6::timestamptz, $7)`,
      [
        shop.workspaceId,
        shop.channelId,
        contactKey,
        JSON.stringify({ key: contactKey, waId: contactKey, profileName: name }),
        wamid,
        at,
        status,
      ],
    );

  beforeAll(async () => {
    shop = await seedShop(get().db);
    // The number's history: thousands of handled messages, statistics taken then.
    await get().query(
      `insert into inbound_messages
         (workspace_id, channel_id, contact_key, contact, wamid, kind, type, payload, sent_at, status)
       select $1::uuid, $2::uuid, 'old' || (g % 300), '{}'::jsonb, 'w' || g, 'message', 'text',
              '{}'::jsonb, now(), 'processed'
       from generate_series(1, 3000) g`,
      [shop.workspaceId, shop.channelId],
    );
    await get().query("analyze");
    await inbound("31611111111", "n1", "pending", "Ayşe", "2026-11-25T10:00:00Z");
    await inbound("31611111111", "n2", "pending", "Ayşe Yılmaz", "2026-11-25T10:00:05Z");
    await inbound("31622222222", "n3", "pending", "Bram", "2026-11-25T10:00:01Z");
  });

  it("reads a new contact's messages through the pending index", async () => {
    const query = newestPendingMessages(get().db, [
      { channelId: shop.channelId, contactKey: "31611111111" },
      { channelId: shop.channelId, contactKey: "31622222222" },
    ]).toSQL();
    const reads = await planReads(get(), query, "inbound_messages");
    expect(reads.map((r) => r.read)).toEqual(["inbound_messages_pending_idx"]);
  });

  it("creates each new contact and conversation, named by its newest message", async () => {
    await ensureConversations(get().db, [
      { channelId: shop.channelId, contactKey: "31611111111" },
      { channelId: shop.channelId, contactKey: "31622222222" },
    ]);
    const rows = await get()
      .db.select({ key: conversations.contactKey, name: contacts.profileName })
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(conversations.channelId, shop.channelId))
      .orderBy(conversations.contactKey);
    expect(rows).toEqual([
      { key: "31611111111", name: "Ayşe Yılmaz" },
      { key: "31622222222", name: "Bram" },
    ]);
  });
});
