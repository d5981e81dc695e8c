import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { channels, flows, flowVersions, publications, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors/app-error";
import { parseFlow, type Flow } from "@/lib/flow";
import { summarizeChanges, type ChangeSummary } from "./summarize-changes";

export interface Publication {
  channelId: string;
  channelName: string;
  versionId: string;
  versionNumber: number;
  publishedAt: Date;
  publishedBy: string | null;
}

export interface VersionSummary {
  id: string;
  number: number;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
  live: boolean;
  /** Compared with the version before it. */
  changes: ChangeSummary;
}

export interface VersionDetail extends Omit<VersionSummary, "changes"> {
  flowId: string;
  flowName: string;
  document: Flow;
}

async function assertFlow(db: Executor, workspaceId: string, flowId: string) {
  const [flow] = await db
    .select({ id: flows.id, name: flows.name })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId)));
  if (!flow) throw notFound("flow");
  return flow;
}

function readDocument(json: unknown): Flow {
  const parsed = parseFlow(json);
  if (!parsed.ok) throw new Error("a frozen flow version no longer parses");
  return parsed.flow;
}

/** Where the flow is live, or null for a draft. */
export async function getPublication(
  db: Executor,
  workspaceId: string,
  flowId: string,
): Promise<Publication | null> {
  const [row] = await db
    .select({
      channelId: publications.channelId,
      channelName: channels.name,
      versionId: publications.flowVersionId,
      versionNumber: flowVersions.number,
      publishedAt: publications.publishedAt,
      publishedBy: users.name,
    })
    .from(publications)
    .innerJoin(channels, eq(channels.id, publications.channelId))
    .innerJoin(flowVersions, eq(flowVersions.id, publications.flowVersionId))
    .leftJoin(users, eq(users.id, publications.publishedBy))
    .where(and(eq(publications.flowId, flowId), eq(publications.workspaceId, workspaceId)));
  return row ?? null;
}

/** Newest first, each with what changed since the one before. */
export async function listVersions(
  db: Executor,
  workspaceId: string,
  flowId: string,
): Promise<VersionSummary[]> {
  await assertFlow(db, workspaceId, flowId);
  const rows = await db
    .select({
      id: flowVersions.id,
      number: flowVersions.number,
      note: flowVersions.note,
      createdAt: flowVersions.createdAt,
      createdBy: users.name,
      document: flowVersions.document,
    })
    .from(flowVersions)
    .leftJoin(users, eq(users.id, flowVersions.createdBy))
    .where(and(eq(flowVersions.flowId, flowId), eq(flowVersions.workspaceId, workspaceId)))
    .orderBy(asc(flowVersions.number));
  const publication = await getPublication(db, workspaceId, flowId);
  let previous: Flow | null = null;
  const summaries: VersionSummary[] = [];
  for (const { document, ...row } of rows) {
    const flow = readDocument(document);
    summaries.push({
      ...row,
      live: publication?.versionId === row.id,
      changes: summarizeChanges(previous, flow),
    });
    previous = flow;
  }
  return summaries.reverse();
}

export async function getVersion(
  db: Executor,
  workspaceId: string,
  flowId: string,
  versionId: string,
): Promise<VersionDetail> {
  const flow = await assertFlow(db, workspaceId, flowId);
  const [row] = await db
    .select({
      id: flowVersions.id,
      number: flowVersions.number,
      note: flowVersions.note,
      createdAt: flowVersions.createdAt,
      createdBy: users.name,
      document: flowVersions.document,
    })
    .from(flowVersions)
    .leftJoin(users, eq(users.id, flowVersions.createdBy))
    .where(
      and(
        eq(flowVersions.id, versionId),
        eq(flowVersions.flowId, flowId),
        eq(flowVersions.workspaceId, workspaceId),
      ),
    );
  if (!row) throw notFound("flowVersion");
  const publication = await getPublication(db, workspaceId, flowId);
  return {
    ...row,
    flowId,
    flowName: flow.name,
    live: publication?.versionId === row.id,
    document: readDocument(row.document),
  };
}
