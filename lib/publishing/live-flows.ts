/**
 * Unscoped reads for the webhook runtime: which versions are live on a channel, and any frozen
 * version by id (a running conversation stays on the version it started with).
 */
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { flows, flowVersions, publications } from "@/lib/db/schema";
import { parseFlow, type Flow } from "@/lib/flow";

export interface LiveFlow {
  flowId: string;
  flowName: string;
  versionId: string;
  versionNumber: number;
  document: Flow;
}

export interface FlowVersionRecord {
  id: string;
  workspaceId: string;
  flowId: string;
  number: number;
  document: Flow;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** Versions are validated when frozen; this also upgrades one saved by an older flow schema. */
function readDocument(json: unknown, versionId: string): Flow {
  const parsed = parseFlow(json);
  if (!parsed.ok) {
    throw new Error(
      `flow version ${versionId} no longer parses: ${parsed.issues[0]?.message ?? ""}`,
    );
  }
  return parsed.flow;
}

export async function listLiveFlows(db: Executor, channelId: string): Promise<LiveFlow[]> {
  const rows = await db
    .select({
      flowId: flows.id,
      flowName: flows.name,
      versionId: flowVersions.id,
      versionNumber: flowVersions.number,
      document: flowVersions.document,
    })
    .from(publications)
    .innerJoin(flows, eq(flows.id, publications.flowId))
    .innerJoin(flowVersions, eq(flowVersions.id, publications.flowVersionId))
    .where(eq(publications.channelId, channelId))
    .orderBy(asc(publications.publishedAt), asc(flows.id));
  return rows.map((row) => ({ ...row, document: readDocument(row.document, row.versionId) }));
}

export async function getFlowVersion(
  db: Executor,
  versionId: string,
): Promise<FlowVersionRecord | null> {
  const [row] = await db.select().from(flowVersions).where(eq(flowVersions.id, versionId));
  if (!row) return null;
  return { ...row, document: readDocument(row.document, row.id) };
}
