import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { flows } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { parseFlow, type Flow } from "@/lib/flow";

/** A save based on an older revision than the stored one: someone else saved in between. */
export class RevisionConflictError extends AppError {
  constructor(readonly currentRevision: number) {
    super(409, "revision_conflict", "editor.errors.conflict", { revision: currentRevision });
    this.name = "RevisionConflictError";
  }
}

export interface SavedDocument {
  revision: number;
  updatedAt: Date;
  document: Flow;
}

/**
 * Stores a new draft document if `revision` is still the stored one, and bumps the revision. The
 * check and the write are one UPDATE, so two racing saves cannot both win.
 */
export async function saveFlowDocument(
  db: Executor,
  workspaceId: string,
  flowId: string,
  input: { document: unknown; revision: number },
  userId: string | null,
): Promise<SavedDocument> {
  const parsed = parseFlow(input.document);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const path = first && first.path !== "" ? `document.${first.path}` : "document";
    throw new AppError(
      400,
      "invalid_flow",
      "editor.errors.invalidDocument",
      { path },
      parsed.issues.map((issue) => ({
        path: issue.path === "" ? "document" : `document.${issue.path}`,
        message: issue.message,
      })),
    );
  }
  const updatedAt = new Date();
  const [row] = await db
    .update(flows)
    .set({
      document: parsed.flow,
      revision: sql`${flows.revision} + 1`,
      updatedAt,
      updatedBy: userId,
    })
    .where(
      and(
        eq(flows.id, flowId),
        eq(flows.workspaceId, workspaceId),
        eq(flows.revision, input.revision),
      ),
    )
    .returning({ revision: flows.revision });
  if (row) return { revision: row.revision, updatedAt, document: parsed.flow };

  const [current] = await db
    .select({ revision: flows.revision })
    .from(flows)
    .where(and(eq(flows.id, flowId), eq(flows.workspaceId, workspaceId)));
  if (!current) throw notFound("flow");
  throw new RevisionConflictError(current.revision);
}
