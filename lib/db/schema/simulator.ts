/**
 * The simulator's sandbox conversations: one per person, flow and workspace, so a reload keeps
 * the chat. Entirely separate from the live runtime's contacts and conversations.
 */
import { index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { flows } from "./flows";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const simulatorSessions = pgTable(
  "simulator_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    flowId: uuid("flow_id")
      .notNull()
      .references(() => flows.id, { onDelete: "cascade" }),
    /** lib/simulator's sandbox record (engine session, clock, transcript, trace, contact). */
    state: jsonb("state").notNull(),
    /** Bumped on every write: two actions racing on one sandbox cannot both apply. */
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("simulator_sessions_owner_uq").on(t.workspaceId, t.userId, t.flowId),
    index("simulator_sessions_flow_idx").on(t.flowId),
  ],
);
