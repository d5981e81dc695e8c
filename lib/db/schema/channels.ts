import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { DEFAULT_GRAPH_API_VERSION } from "../../whatsapp/client/graph-api-version";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const channelHealthEnum = pgEnum("channel_health", ["ok", "unhealthy"]);

/** A WhatsApp Cloud API business number connected to a workspace. */
export const channels = pgTable(
  "channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Meta routes webhooks and sends by this id, so one number belongs to one channel. */
    phoneNumberId: text("phone_number_id").notNull().unique(),
    wabaId: text("waba_id").notNull(),
    displayPhoneNumber: text("display_phone_number"),
    /** AES-256-GCM (lib/channels/secret-box): secrets are never stored or sent back in clear. */
    accessTokenCiphertext: text("access_token_ciphertext").notNull(),
    appSecretCiphertext: text("app_secret_ciphertext").notNull(),
    /** Pasted into Meta's dashboard; Meta echoes it when it verifies the webhook URL. */
    verifyToken: text("verify_token").notNull(),
    graphApiVersion: text("graph_api_version").notNull().default(DEFAULT_GRAPH_API_VERSION),
    /** What to answer when no live flow matches a message; null = stay silent. */
    unmatchedReply: text("unmatched_reply"),
    lastWebhookAt: timestamp("last_webhook_at", { withTimezone: true }),
    lastSendError: text("last_send_error"),
    lastSendErrorAt: timestamp("last_send_error_at", { withTimezone: true }),
    health: channelHealthEnum("health").notNull().default("ok"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("channels_workspace_idx").on(t.workspaceId)],
);
