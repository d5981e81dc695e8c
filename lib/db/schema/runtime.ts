/**
 * The WhatsApp runtime's tables (lib/runtime): who wrote, what they wrote, where each
 * conversation stands, what we owe them (the outbox) and when to wake up (timers).
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { flows } from "./flows";
import { flowVersions } from "./publishing";
import { workspaces } from "./workspaces";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** `wa_id` (phone number) when Meta shares it, else the business-scoped user id. */
    key: text("key").notNull(),
    waId: text("wa_id"),
    userId: text("user_id"),
    profileName: text("profile_name"),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    address: text("address"),
    tags: jsonb("tags").$type<string[]>().notNull().default([]),
    fields: jsonb("fields").$type<Record<string, string>>().notNull().default({}),
    optIn: boolean("opt_in"),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contacts_workspace_key_uq").on(t.workspaceId, t.key)],
);

/**
 * One row per contact and channel: the engine's session, the flow version it is pinned to, the
 * 24-hour window. Every engine step locks this row, which serialises a contact's processing.
 */
export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    /** Same as the contact's key; what inbound rows and drain jobs are keyed on. */
    contactKey: text("contact_key").notNull(),
    /** `idle` (no session) · `active` · `handoff` · `ended`. */
    status: text("status").notNull().default("idle"),
    flowId: uuid("flow_id").references(() => flows.id, { onDelete: "set null" }),
    /** The published version the running session started on; it stays on it until it ends. */
    flowVersionId: uuid("flow_version_id").references(() => flowVersions.id, {
      onDelete: "set null",
    }),
    session: jsonb("session"),
    /** An awaited effect (HTTP call, discount code) the session waits on, as the engine asked. */
    pendingEffect: jsonb("pending_effect"),
    /** Whoever runs the pending effect holds it until then; a crashed runner's claim expires. */
    effectClaimedUntil: timestamp("effect_claimed_until", { withTimezone: true }),
    /** When the wake-up job for this conversation's earliest timer is due (one chain at a time). */
    wakeAt: timestamp("wake_at", { withTimezone: true, precision: 3 }),
    /** Engine steps applied so far; part of every outbox idempotency key. */
    steps: integer("steps").notNull().default(0),
    windowExpiresAt: timestamp("window_expires_at", { withTimezone: true }),
    lastInboundAt: timestamp("last_inbound_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conversations_channel_contact_uq").on(t.channelId, t.contactKey),
    index("conversations_workspace_idx").on(t.workspaceId, t.updatedAt),
    index("conversations_contact_idx").on(t.contactId),
  ],
);

/** Every customer message and system notice, exactly once (unique wamid per channel). */
export const inboundMessages = pgTable(
  "inbound_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    contactKey: text("contact_key").notNull(),
    /** The sender as the webhook described them (ContactRef). */
    contact: jsonb("contact").notNull(),
    wamid: text("wamid").notNull(),
    /** `message` (payload = lib/flow InboundMessage) or `system` (payload = the system event). */
    kind: text("kind").notNull(),
    /** Meta's type: `text`, `interactive:button_reply`, `user_changed_number`, a future type… */
    type: text("type").notNull(),
    payload: jsonb("payload").notNull(),
    raw: jsonb("raw"),
    /** The customer's own timestamp: the order a contact's messages are handled in. */
    sentAt: timestamp("sent_at", { withTimezone: true, precision: 3 }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /** `pending` until a drain has applied it; then `processed`. */
    status: text("status").notNull().default("pending"),
    processedAt: timestamp("processed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("inbound_messages_channel_wamid_uq").on(t.channelId, t.wamid),
    index("inbound_messages_pending_idx")
      .on(t.channelId, t.contactKey, t.sentAt)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * The outbox: what the engine decided to say, written in the same transaction as the session.
 * The sender moves rows queued → sending → accepted (wamid known); status webhooks move them on
 * to sent → delivered → read, or failed, and never backwards.
 */
export const outboundMessages = pgTable(
  "outbound_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Send order within a conversation. */
    seq: bigserial("seq", { mode: "number" }).notNull(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    /** `<conversation>:<step>:<index>`: a step applied twice cannot queue its messages twice. */
    idempotencyKey: text("idempotency_key").notNull(),
    recipient: text("recipient").notNull(),
    /** A lib/flow OutboundMessage. */
    message: jsonb("message").notNull(),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** A sender holds a `sending` row until then; after a crash the row is taken up again. */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    wamid: text("wamid"),
    errorCode: integer("error_code"),
    errorMessage: text("error_message"),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    statusAt: timestamp("status_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbound_messages_idempotency_uq").on(t.idempotencyKey),
    uniqueIndex("outbound_messages_wamid_uq").on(t.wamid),
    index("outbound_messages_conversation_idx").on(t.conversationId, t.seq),
    /**
     * A conversation's head (its oldest open message) in one index probe, however long its
     * history: the sender looks it up for every conversation on every round. It is also the
     * sweep's list of open messages. There is deliberately no second index over the open rows:
     * statistics taken while the outbox was empty made PostgreSQL scan one for every head
     * lookup, which stalled sending for seconds once a burst filled it.
     */
    index("outbound_messages_head_idx")
      .on(t.conversationId, t.seq)
      .where(sql`status in ('queued', 'sending')`),
  ],
);

/**
 * Every delivery status Meta reported, once each: a status can arrive before the sender has
 * recorded the wamid it belongs to, and is applied when it does.
 */
export const outboundStatuses = pgTable(
  "outbound_statuses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    wamid: text("wamid").notNull(),
    status: text("status").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, precision: 3 }).notNull(),
    errorCode: integer("error_code"),
    errorMessage: text("error_message"),
    raw: jsonb("raw"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("outbound_statuses_wamid_status_uq").on(t.wamid, t.status)],
);

/** Delay nodes, question timeouts and inactivity: one row per armed timer. */
export const conversationTimers = pgTable(
  "conversation_timers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    timerId: text("timer_id").notNull(),
    kind: text("kind").notNull(),
    fireAt: timestamp("fire_at", { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex("conversation_timers_uq").on(t.conversationId, t.timerId),
    index("conversation_timers_fire_idx").on(t.fireAt),
  ],
);

/** Webhook bodies and items we could not use: rejected, unroutable, Meta errors, invalid items. */
export const webhookEvents = pgTable(
  "webhook_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id").references(() => channels.id, { onDelete: "cascade" }),
    /** `rejected` · `unroutable` · `error` · `invalid`. */
    kind: text("kind").notNull(),
    reason: text("reason").notNull(),
    phoneNumberId: text("phone_number_id"),
    /** The body or item, cut at 256 KB. */
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_events_channel_idx").on(t.channelId, t.createdAt)],
);

export const discountPools = pgTable(
  "discount_pools",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("discount_pools_workspace_idx").on(t.workspaceId)],
);

/** Single-use codes; `effect_id` makes taking one for an engine effect idempotent. */
export const discountCodes = pgTable(
  "discount_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    poolId: uuid("pool_id")
      .notNull()
      .references(() => discountPools.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    takenAt: timestamp("taken_at", { withTimezone: true }),
    conversationId: uuid("conversation_id").references(() => conversations.id, {
      onDelete: "set null",
    }),
    effectId: text("effect_id"),
  },
  (t) => [
    uniqueIndex("discount_codes_pool_code_uq").on(t.poolId, t.code),
    uniqueIndex("discount_codes_effect_uq").on(t.effectId),
    index("discount_codes_free_idx")
      .on(t.poolId)
      .where(sql`taken_at is null`),
  ],
);
