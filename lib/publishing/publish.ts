/**
 * Publishing: freeze the draft (or an old version) into a new immutable version and make it the
 * live one on a channel. Each operation is one transaction that locks the flow and the channel, so
 * two publishes cannot both pass the trigger-conflict check, and a channel being deleted waits.
 */
import { and, eq, max } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db";
import { channels, flows, flowVersions, publications } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseFlow, validateFlow, type Flow, type Locale } from "@/lib/flow";
import { findTriggerConflict } from "./find-trigger-conflict";
import { listLiveFlows } from "./live-flows";

export interface PublishedVersion {
  versionId: string;
  versionNumber: number;
  channelId: string;
  channelName: string;
  publishedAt: Date;
}

async function lockFlow(tx: Tx, workspaceId: string, flowId: string) {
  const [flow] = await tx
    .select({
      id: flows.id,
      name: flows.name,
      document: flows.document,
      revision: flows.revision,
    })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId)))
    .for("update");
  if (!flow) throw notFound("flow");
  return flow;
}

async function lockChannel(tx: Tx, workspaceId: string, channelId: string) {
  const [channel] = await tx
    .select({ id: channels.id, name: channels.name })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .for("update");
  if (!channel) throw notFound("channel");
  return channel;
}

/** Refuses while validateFlow reports errors; the problems travel as issues in `locale`. */
async function assertPublishable(
  tx: Tx,
  workspaceId: string,
  document: unknown,
  locale: Locale,
): Promise<Flow> {
  const parsed = parseFlow(document);
  if (!parsed.ok) {
    throw new AppError(
      422,
      "flow_invalid",
      "publishing.errors.unreadable",
      {},
      parsed.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    );
  }
  const ids = new Set(
    (await tx.select({ id: flows.id }).from(flows).where(eq(flows.workspaceId, workspaceId))).map(
      (row) => row.id,
    ),
  );
  const errors = validateFlow(parsed.flow, { flowExists: (id) => ids.has(id) }).filter(
    (problem) => problem.severity === "error",
  );
  if (errors.length > 0) {
    throw new AppError(
      422,
      "flow_has_errors",
      "publishing.errors.hasProblems",
      { count: errors.length },
      errors.map((problem) => ({
        path: [problem.nodeId ?? problem.edgeId, problem.field ?? problem.port]
          .filter((part) => part !== undefined)
          .join("."),
        message: problem.message[locale],
      })),
    );
  }
  return parsed.flow;
}

async function freezeAndGoLive(
  tx: Tx,
  input: {
    workspaceId: string;
    flowId: string;
    channel: { id: string; name: string };
    document: Flow;
    note: string | null;
    userId: string | null;
    locale: Locale;
  },
): Promise<PublishedVersion> {
  const others = (await listLiveFlows(tx, input.channel.id)).filter(
    (live) => live.flowId !== input.flowId,
  );
  const conflict = findTriggerConflict(input.document, others);
  if (conflict) {
    throw new AppError(409, "trigger_conflict", "publishing.errors.triggerConflict", {
      flow: conflict.flowName,
      trigger: conflict.trigger[input.locale],
    });
  }
  const [latest] = await tx
    .select({ number: max(flowVersions.number) })
    .from(flowVersions)
    .where(eq(flowVersions.flowId, input.flowId));
  const [version] = await tx
    .insert(flowVersions)
    .values({
      workspaceId: input.workspaceId,
      flowId: input.flowId,
      number: (latest?.number ?? 0) + 1,
      document: input.document,
      note: input.note,
      createdBy: input.userId,
    })
    .returning();
  if (!version) throw new Error("insert returned nothing");
  const publishedAt = version.createdAt;
  const live = {
    channelId: input.channel.id,
    flowVersionId: version.id,
    publishedBy: input.userId,
    publishedAt,
  };
  await tx
    .insert(publications)
    .values({ workspaceId: input.workspaceId, flowId: input.flowId, ...live })
    .onConflictDoUpdate({ target: publications.flowId, set: live });
  return {
    versionId: version.id,
    versionNumber: version.number,
    channelId: input.channel.id,
    channelName: input.channel.name,
    publishedAt,
  };
}

export function publishFlow(
  db: Db,
  input: {
    workspaceId: string;
    flowId: string;
    channelId: string;
    /** Null for an API key. */
    userId: string | null;
    note?: string | null;
    revision?: number;
    locale: Locale;
  },
): Promise<PublishedVersion> {
  return db.transaction(async (tx) => {
    const flow = await lockFlow(tx, input.workspaceId, input.flowId);
    if (input.revision !== undefined && input.revision !== flow.revision) {
      throw new AppError(409, "stale_draft", "publishing.errors.staleDraft");
    }
    const channel = await lockChannel(tx, input.workspaceId, input.channelId);
    const document = await assertPublishable(tx, input.workspaceId, flow.document, input.locale);
    return freezeAndGoLive(tx, {
      workspaceId: input.workspaceId,
      flowId: flow.id,
      channel,
      document,
      note: input.note ?? null,
      userId: input.userId,
      locale: input.locale,
    });
  });
}

/** Publishes an old version's document as a new version (history is never rewritten). */
export function rollbackFlow(
  db: Db,
  input: {
    workspaceId: string;
    flowId: string;
    versionId: string;
    channelId?: string;
    userId: string | null;
    /** The caller says why; the route fills in "Rolled back to version N" in the user's language. */
    note: (oldNumber: number) => string | null;
    locale: Locale;
  },
): Promise<PublishedVersion> {
  return db.transaction(async (tx) => {
    const flow = await lockFlow(tx, input.workspaceId, input.flowId);
    const [old] = await tx
      .select({ number: flowVersions.number, document: flowVersions.document })
      .from(flowVersions)
      .where(
        and(
          eq(flowVersions.id, input.versionId),
          eq(flowVersions.flowId, flow.id),
          eq(flowVersions.workspaceId, input.workspaceId),
        ),
      );
    if (!old) throw notFound("flowVersion");
    let channelId = input.channelId;
    if (channelId === undefined) {
      const [current] = await tx
        .select({ channelId: publications.channelId })
        .from(publications)
        .where(eq(publications.flowId, flow.id));
      channelId = current?.channelId;
    }
    if (channelId === undefined) {
      throw new AppError(422, "channel_required", "publishing.errors.channelRequired", {}, [
        { path: "channelId", message: "publishing.errors.channelRequired" },
      ]);
    }
    const channel = await lockChannel(tx, input.workspaceId, channelId);
    const document = await assertPublishable(tx, input.workspaceId, old.document, input.locale);
    return freezeAndGoLive(tx, {
      workspaceId: input.workspaceId,
      flowId: flow.id,
      channel,
      document,
      note: input.note(old.number),
      userId: input.userId,
      locale: input.locale,
    });
  });
}

/** Takes the flow off its channel; new conversations stop starting it. Idempotent. */
export async function unpublishFlow(
  db: Db,
  input: { workspaceId: string; flowId: string },
): Promise<{ wasLive: boolean }> {
  return db.transaction(async (tx) => {
    const flow = await lockFlow(tx, input.workspaceId, input.flowId);
    const removed = await tx
      .delete(publications)
      .where(and(eq(publications.flowId, flow.id), eq(publications.workspaceId, input.workspaceId)))
      .returning({ id: publications.id });
    return { wasLive: removed.length > 0 };
  });
}
