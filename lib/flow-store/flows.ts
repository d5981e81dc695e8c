import { and, desc, eq, ilike } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/lib/db";
import { flows, publications, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors/app-error";
import { createEmptyFlow, type Flow } from "@/lib/flow";

export type FlowStatus = "draft" | "published";

export interface FlowSummary {
  id: string;
  name: string;
  status: FlowStatus;
  revision: number;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface FlowRecord extends FlowSummary {
  document: unknown;
}

const editor = alias(users, "editor");

const summaryColumns = {
  id: flows.id,
  name: flows.name,
  revision: flows.revision,
  updatedAt: flows.updatedAt,
  updatedBy: editor.name,
  publicationId: publications.id,
};

/** `%` and `_` typed in the search box are literal characters, not wildcards. */
function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** Published while a version of it is live on a channel (lib/publishing). */
function withStatus<T extends Omit<FlowSummary, "status"> & { publicationId: string | null }>({
  publicationId,
  ...row
}: T): Omit<T, "publicationId"> & { status: FlowStatus } {
  return { ...row, status: publicationId === null ? "draft" : "published" };
}

export async function listFlows(
  db: Executor,
  workspaceId: string,
  options: { q?: string } = {},
): Promise<FlowSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(flows)
    .leftJoin(editor, eq(editor.id, flows.updatedBy))
    .leftJoin(publications, eq(publications.flowId, flows.id))
    .where(
      and(
        eq(flows.workspaceId, workspaceId),
        options.q ? ilike(flows.name, likePattern(options.q)) : undefined,
      ),
    )
    .orderBy(desc(flows.updatedAt));
  return rows.map(withStatus);
}

export async function getFlow(
  db: Executor,
  workspaceId: string,
  flowId: string,
): Promise<FlowRecord> {
  const [row] = await db
    .select({ ...summaryColumns, document: flows.document })
    .from(flows)
    .leftJoin(editor, eq(editor.id, flows.updatedBy))
    .leftJoin(publications, eq(publications.flowId, flows.id))
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId)));
  if (!row) throw notFound("flow");
  return withStatus(row);
}

export async function createFlow(
  db: Executor,
  /** `userId` is null when an API key creates the flow. */
  input: { workspaceId: string; name: string; userId: string | null; document?: Flow },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(flows)
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      document: input.document ?? createEmptyFlow(),
      createdBy: input.userId,
      updatedBy: input.userId,
    })
    .returning({ id: flows.id });
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function renameFlow(
  db: Executor,
  input: { workspaceId: string; flowId: string; name: string; userId: string | null },
): Promise<void> {
  const updated = await db
    .update(flows)
    .set({ name: input.name, updatedAt: new Date(), updatedBy: input.userId })
    .where(and(eq(flows.id, input.flowId), eq(flows.workspaceId, input.workspaceId)))
    .returning({ id: flows.id });
  if (updated.length === 0) throw notFound("flow");
}

export async function duplicateFlow(
  db: Executor,
  input: { workspaceId: string; flowId: string; name: string; userId: string },
): Promise<{ id: string }> {
  const [source] = await db
    .select({ document: flows.document })
    .from(flows)
    .where(and(eq(flows.id, input.flowId), eq(flows.workspaceId, input.workspaceId)));
  if (!source) throw notFound("flow");
  const [row] = await db
    .insert(flows)
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      document: source.document,
      createdBy: input.userId,
      updatedBy: input.userId,
    })
    .returning({ id: flows.id });
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function deleteFlow(db: Executor, workspaceId: string, flowId: string): Promise<void> {
  const deleted = await db
    .delete(flows)
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId)))
    .returning({ id: flows.id });
  if (deleted.length === 0) throw notFound("flow");
}
