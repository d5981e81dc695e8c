import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { channels } from "./channels";
import { flows } from "./flows";
import { users } from "./users";
import { workspaces } from "./workspaces";

/** A frozen copy of a flow's document: never updated, so running conversations can rely on it. */
export const flowVersions = pgTable(
  "flow_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    /** 1, 2, 3… per flow, in publish order. */
    number: integer("number").notNull(),
    document: jsonb("document").notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("flow_versions_flow_number_unique").on(t.flowId, t.number),
    index("flow_versions_workspace_idx").on(t.workspaceId),
  ],
);

/** Which version of a flow is live, and on which channel: at most one row per flow. */
export const publications = pgTable(
  "publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    flowId: uuid("flow_id")
      .notNull()
      .unique()
      .references(() => flows.id, { onDelete: "cascade" }),
    /**
     * A channel with live flows is deleted only after they are unpublished. "No action" rather
     * than "restrict": same refusal, but checked at the end of the statement, so deleting a whole
     * workspace (which cascades to both tables) still works.
     */
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "no action" }),
    flowVersionId: uuid("flow_version_id")
      .notNull()
      .references(() => flowVersions.id, { onDelete: "cascade" }),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("publications_channel_idx").on(t.channelId),
    index("publications_workspace_idx").on(t.workspaceId),
  ],
);
