/**
 * Starts a published flow for one phone number on request (the public API's
 * `POST /api/v1/flows/{id}/start`): order updates, abandoned carts, appointment reminders.
 * Runs the flow's API start with the given variables on its live version, in the same
 * transaction and under the same conversation lock as customer messages. Outside the customer's
 * 24-hour window the engine lets only templates through, so such a flow opens with a template
 * node; free-form messages before it are dropped (lib/flow semantics).
 */
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { conversationTimers, publications } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { jsonValueSchema, matchTrigger } from "@/lib/flow";
import { getRuntime } from "./app-runtime";
import { ensureConversation } from "./drain/conversation-row";
import { parsedVersion } from "./drain/flow-cache";
import { runEngine } from "./drain/run-engine";
import { runningSession } from "./drain/running-session";
import { writeStep } from "./drain/write-step";
import { loadContact } from "./drain/conversation-row";
import type { Runtime } from "./runtime";

export const startFlowInputSchema = z.object({
  workspaceId: z.uuid(),
  flowId: z.uuid(),
  /** Optional: the flow's live channel is used; if given it must be that channel. */
  channelId: z.uuid().optional(),
  /** E.164 with or without `+`, spaces and dashes allowed: `+90 532 123 45 67`. */
  phone: z
    .string()
    .transform((p) => p.replace(/[\s\-().+]/g, ""))
    .pipe(z.string().regex(/^[1-9]\d{6,14}$/)),
  variables: z.record(z.string(), jsonValueSchema).default({}),
});
export type StartFlowInput = z.input<typeof startFlowInputSchema>;

export interface StartFlowResult {
  conversationId: string;
  channelId: string;
  /** The new session (null only if the flow ended it at once without one). */
  sessionId: string | null;
  /** Messages queued for sending by this start (after the 24-hour window rule). */
  queued: number;
}

export async function startFlowForContact(
  db: Db,
  input: StartFlowInput,
  runtime?: Runtime,
): Promise<StartFlowResult> {
  const parsed = startFlowInputSchema.safeParse(input);
  if (!parsed.success) {
    const phoneIssue = parsed.error.issues.some((i) => i.path[0] === "phone");
    throw new AppError(
      400,
      phoneIssue ? "invalid_phone" : "invalid_input",
      phoneIssue ? "runtime.errors.invalidPhone" : "errors.invalidInput",
    );
  }
  const { workspaceId, flowId, phone, variables } = parsed.data;
  const rt = runtime ?? (await getRuntime());
  const result = await db.transaction(async (tx) => {
    const [publication] = await tx
      .select({ channelId: publications.channelId, versionId: publications.flowVersionId })
      .from(publications)
      .where(and(eq(publications.flowId, flowId), eq(publications.workspaceId, workspaceId)));
    if (!publication) throw new AppError(409, "flow_not_live", "runtime.errors.flowNotLive");
    if (parsed.data.channelId && parsed.data.channelId !== publication.channelId) {
      throw notFound("channel");
    }
    const live = (await rt.sources.flows.liveFlows(tx, publication.channelId)).find(
      (f) => f.flowId === flowId,
    );
    const flow = live ? parsedVersion(live.versionId, live.document) : null;
    if (!live || !flow) throw new AppError(409, "flow_not_live", "runtime.errors.flowNotLive");
    if (!matchTrigger(flow, { type: "api_start", variables })) {
      throw new AppError(409, "no_api_start", "runtime.errors.noApiStart");
    }

    const conv = await ensureConversation(tx, {
      workspaceId,
      channelId: publication.channelId,
      contact: { key: phone, waId: phone },
    });
    const current = runningSession(conv);
    if (current && conv.flowId !== flowId) {
      // The other flow's session ends here; its timers must not wake this one.
      await tx.delete(conversationTimers).where(eq(conversationTimers.conversationId, conv.id));
    }
    const contact = await loadContact(tx, conv.contactId);
    const run = await runEngine(tx, rt, {
      conv,
      contact,
      flow,
      flowId,
      // A running session of this flow is replaced; one of another flow simply ends here.
      session: current && conv.flowId === flowId ? current : null,
      input: { type: "api_start", variables },
      // No inbound message yet means no open window: only templates may go out.
      windowOpenUntil: conv.windowExpiresAt?.getTime() ?? 0,
    });
    await writeStep(tx, rt, conv, contact, {
      ...run,
      ...(run.session ? { pinTo: { flowId, versionId: live.versionId } } : {}),
    });
    if (run.session?.wait?.kind === "effect") {
      // The flow opens with an HTTP call: a drain runs it.
      await rt.queue.enqueueDrain(tx, { channelId: conv.channelId, contactKey: conv.contactKey });
    }
    return {
      conversationId: conv.id,
      channelId: publication.channelId,
      sessionId: run.session?.id ?? null,
      queued: run.outbox.length,
    };
  });
  return result;
}
