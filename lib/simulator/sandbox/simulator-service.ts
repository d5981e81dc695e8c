/**
 * The simulator's server side: one sandbox conversation per person, flow and workspace, stored in
 * `simulator_sessions` and never in the live runtime's tables. Each action runs the draft the
 * editor sent (unsaved changes included) through `applySandboxAction`; HTTP calls happen outside
 * any transaction, and the write is guarded by the row's revision instead of a held lock.
 */
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { flows, simulatorSessions } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors/app-error";
import { createSeededRandom, parseFlow, validateFlow, type Flow, type Locale } from "@/lib/flow";
import { performHttp, privateHttpAllowed, type PrivateHttpMode } from "@/lib/runtime";
import { workspaceAllowsPrivateHttp } from "@/lib/workspace/private-http-setting";
import type { SimulatorAction, SimulatorRequest } from "../simulator-action";
import type { SimulatorResponse } from "../simulator-response";
import { defaultSandboxContact } from "./sandbox-contact";
import { sandboxDiscountCode } from "./sandbox-discount-code";
import { sandboxRecordSchema, type SandboxRecord } from "./sandbox-record";
import { applySandboxAction, freshRecord, type SandboxPorts } from "./sandbox-run";
import { simulatorStateOf } from "./simulator-state-of";

/** Sub-flows nest at most this deep in the engine; no need to load further. */
const MAX_SUBFLOW_DEPTH = 8;

export interface SimulatorCaller {
  workspaceId: string;
  userId: string;
  userName: string | null;
  flowId: string;
  locale: Locale;
  /**
   * The operator's SOHBET_HTTP_ALLOW_PRIVATE mode; with `workspace`, the workspace's own setting
   * decides whether HTTP nodes may call private and loopback addresses (as in the live runtime).
   */
  privateHttp: PrivateHttpMode;
  /** The real clock; injectable for tests. */
  now?: () => number;
}

const newId = () => randomBytes(8).toString("hex");

interface StoredRow {
  id: string;
  revision: number;
  record: SandboxRecord;
}

async function assertFlow(db: Executor, caller: SimulatorCaller): Promise<void> {
  const [row] = await db
    .select({ id: flows.id })
    .from(flows)
    .where(and(eq(flows.id, caller.flowId), eq(flows.workspaceId, caller.workspaceId)));
  if (!row) throw notFound("flow");
}

async function loadRow(db: Executor, caller: SimulatorCaller): Promise<StoredRow | null> {
  const [row] = await db
    .select()
    .from(simulatorSessions)
    .where(
      and(
        eq(simulatorSessions.workspaceId, caller.workspaceId),
        eq(simulatorSessions.userId, caller.userId),
        eq(simulatorSessions.flowId, caller.flowId),
      ),
    );
  if (!row) return null;
  const parsed = sandboxRecordSchema.safeParse(row.state);
  // A sandbox stored by an older Sohbet is just a test chat: it starts afresh.
  const record = parsed.success
    ? parsed.data
    : freshRecord(clockOf(caller), defaultContact(caller));
  return { id: row.id, revision: row.revision, record };
}

function clockOf(caller: SimulatorCaller) {
  return { now: caller.now ?? Date.now, newId };
}

function defaultContact(caller: SimulatorCaller) {
  return defaultSandboxContact(caller.userName);
}

async function saveRow(
  db: Executor,
  caller: SimulatorCaller,
  stored: StoredRow | null,
  record: SandboxRecord,
): Promise<void> {
  if (stored === null) {
    const inserted = await db
      .insert(simulatorSessions)
      .values({
        workspaceId: caller.workspaceId,
        userId: caller.userId,
        flowId: caller.flowId,
        state: record,
      })
      .onConflictDoNothing()
      .returning({ id: simulatorSessions.id });
    if (inserted.length === 0) throw busy();
    return;
  }
  const updated = await db
    .update(simulatorSessions)
    .set({ state: record, revision: stored.revision + 1, updatedAt: new Date() })
    .where(
      and(eq(simulatorSessions.id, stored.id), eq(simulatorSessions.revision, stored.revision)),
    )
    .returning({ id: simulatorSessions.id });
  if (updated.length === 0) throw busy();
}

function busy(): AppError {
  return new AppError(409, "simulator_busy", "errors.simulator.busy");
}

/** Actions that run the bot; the others only look at or edit the sandbox. */
function runsTheBot(action: SimulatorAction): boolean {
  switch (action.type) {
    case "restart":
      return action.startNodeId !== undefined;
    case "set_variable":
    case "edit_contact":
      return false;
    default:
      return true;
  }
}

/** Draft documents of the flows this one jumps into, and theirs, as the engine may call them. */
async function loadSubFlows(
  db: Executor,
  workspaceId: string,
  flow: Flow,
  flowId: string,
): Promise<Map<string, Flow>> {
  const loaded = new Map<string, Flow>();
  let frontier = [flow];
  for (let depth = 0; depth < MAX_SUBFLOW_DEPTH && frontier.length > 0; depth += 1) {
    const wanted = new Set<string>();
    for (const f of frontier) {
      for (const node of f.nodes) {
        if (node.type !== "jump" || node.data.target.kind !== "flow") continue;
        const id = node.data.target.flowId;
        if (id !== flowId && !loaded.has(id) && /^[0-9a-f-]{36}$/i.test(id)) wanted.add(id);
      }
    }
    if (wanted.size === 0) break;
    const rows = await db
      .select({ id: flows.id, document: flows.document })
      .from(flows)
      .where(and(eq(flows.workspaceId, workspaceId), inArray(flows.id, [...wanted])));
    frontier = [];
    for (const row of rows) {
      const parsed = parseFlow(row.document);
      if (!parsed.ok) continue;
      loaded.set(row.id, parsed.flow);
      frontier.push(parsed.flow);
    }
  }
  return loaded;
}

async function workspaceFlowIds(db: Executor, workspaceId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: flows.id })
    .from(flows)
    .where(eq(flows.workspaceId, workspaceId));
  return new Set(rows.map((r) => r.id));
}

/** The sandbox as it stands (a fresh one when this person never tried this flow). */
export async function getSimulatorState(
  db: Executor,
  caller: SimulatorCaller,
): Promise<SimulatorResponse> {
  await assertFlow(db, caller);
  const stored = await loadRow(db, caller);
  const record = stored?.record ?? freshRecord(clockOf(caller), defaultContact(caller));
  return { state: simulatorStateOf(record, caller.flowId), blocked: null };
}

export async function runSimulatorAction(
  db: Executor,
  caller: SimulatorCaller,
  request: SimulatorRequest,
): Promise<SimulatorResponse> {
  await assertFlow(db, caller);
  const parsed = parseFlow(request.document);
  if (!parsed.ok) {
    throw new AppError(
      400,
      "invalid_flow",
      "errors.simulator.invalidFlow",
      {},
      parsed.issues.map((i) => ({ path: i.path, message: i.message })),
    );
  }
  const flow = parsed.flow;
  const stored = await loadRow(db, caller);
  const record = stored?.record ?? freshRecord(clockOf(caller), defaultContact(caller));

  if (runsTheBot(request.action)) {
    const ids = await workspaceFlowIds(db, caller.workspaceId);
    const errors = validateFlow(flow, { flowExists: (id) => ids.has(id) }).filter(
      (p) => p.severity === "error",
    );
    if (errors.length > 0) {
      return {
        state: simulatorStateOf(record, caller.flowId),
        blocked: {
          errors: errors.length,
          problems: errors.map((p) => ({
            id: p.id,
            code: p.code,
            message: p.message[caller.locale],
            ...(p.nodeId !== undefined ? { nodeId: p.nodeId } : {}),
          })),
        },
      };
    }
  }

  const subFlows = await loadSubFlows(db, caller.workspaceId, flow, caller.flowId);
  const random = createSeededRandom(`${record.id}:codes:${record.seq}`);
  const ports: SandboxPorts = {
    flow,
    flowId: caller.flowId,
    subFlow: (id) => subFlows.get(id),
    takeCode: (effect) => sandboxDiscountCode(db, caller.workspaceId, effect, random),
    // Read when a node calls out (not once per action): most actions never need it.
    performHttp: async (effect) =>
      performHttp(effect, {
        allowPrivate: privateHttpAllowed(
          caller.privateHttp,
          await workspaceAllowsPrivateHttp(db, caller.workspaceId),
        ),
      }),
    now: caller.now ?? Date.now,
    locale: caller.locale,
    newId,
  };
  const next = await applySandboxAction(record, request.action, ports);
  await saveRow(db, caller, stored, next);
  return { state: simulatorStateOf(next, caller.flowId), blocked: null };
}
