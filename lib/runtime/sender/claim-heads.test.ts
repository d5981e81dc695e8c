/**
 * The sender's head claim under the conditions that once stalled it for seconds: statistics
 * taken while the outbox was empty (as it usually is), then a burst of open messages.
 */
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { planReads } from "../test-support/plan-reads";
import { seedShop } from "../testing";
import { claimHeads, claimHeadsQuery } from "./claim-heads";

const CONVERSATIONS = 200;

describeEachDatabase("claimHeads", (get) => {
  let conversationIds: string[];

  beforeAll(async () => {
    const shop = await seedShop(get().db);
    const q = (text: string, params: unknown[] = []) => get().query(text, params);
    await q(
      `insert into contacts (workspace_id, key)
       select $1::uuid, 'k' || g from generate_series(1, ${CONVERSATIONS}) g`,
      [shop.workspaceId],
    );
    await q(
      `insert into conversations (workspace_id, channel_id, contact_id, contact_key)
       select workspace_id, $1::uuid, id, key from contacts where workspace_id = $2::uuid`,
      [shop.channelId, shop.workspaceId],
    );
    const outbox = (status: string, count: number, tag: string) =>
      q(
        `insert into outbound_messages
           (workspace_id, channel_id, conversation_id, idempotency_key, recipient, message, status)
         select c.workspace_id, c.channel_id, c.id, c.id || ':${tag}' || g, c.contact_key,
                '{"kind":"text","text":"hi"}', $1
         from conversations c, generate_series(1, ${count}) g where c.channel_id = $2::uuid
         order by c.id, g`,
        [status, shop.channelId],
      );
    // A history of sent messages, statistics taken with nothing open, then a burst.
    await outbox("accepted", 20, "h");
    await q("analyze");
    await outbox("queued", 5, "b");
    conversationIds = (
      await q("select id from conversations where channel_id = $1::uuid order by id", [
        shop.channelId,
      ])
    ).map((r) => String(r.id));
  });

  it("finds the heads by the head index and fetches them by key, not by walking the open rows", async () => {
    const query = claimHeadsQuery(
      get().db,
      conversationIds.slice(0, 32),
      new Date(),
      30_000,
    ).toSQL();
    const reads = await planReads(get(), query, "outbound_messages");
    expect(reads.filter((r) => r.initPlan).map((r) => r.read)).toEqual([
      "outbound_messages_head_idx",
    ]);
    expect(reads.filter((r) => !r.initPlan).map((r) => r.read)).toEqual(["outbound_messages_pkey"]);
  });

  it("claims each conversation's oldest open message, once", async () => {
    const some = conversationIds.slice(0, 32);
    const claimed = await claimHeads(get().db, some, new Date(), 30_000);
    expect(claimed).toHaveLength(32);
    expect(new Set(claimed.map((r) => r.conversationId))).toEqual(new Set(some));
    expect(claimed.every((r) => r.status === "sending" && r.idempotencyKey.endsWith(":b1"))).toBe(
      true,
    );
    // Held by this sender: a second claim takes nothing until the claim expires.
    expect(await claimHeads(get().db, some, new Date(), 30_000)).toEqual([]);
    const later = new Date(Date.now() + 60_000);
    const again = await claimHeads(get().db, some, later, 30_000);
    expect(again.map((r) => r.idempotencyKey).sort()).toEqual(
      claimed.map((r) => r.idempotencyKey).sort(),
    );
    expect(again.every((r) => r.attempts === 2)).toBe(true);
  });
});
