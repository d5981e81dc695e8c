/**
 * Applies one simulator action to a sandbox conversation, on the same engine call the live
 * runtime makes (lib/runtime `advanceWithInlineEffects`): the engine advances, discount codes are
 * resolved inside the step, HTTP requests really go out (lib/runtime `performHttp`, through the
 * port), timers fire in order at their own simulated time, and the outbox goes to the simulator
 * channel instead of WhatsApp. No database here: the caller loads and stores the record.
 */
import {
  createSeededRandom,
  inboundMessageSchema,
  startNodes,
  type DiscountCodeEffect,
  type EffectResult,
  type EngineContext,
  type EngineInput,
  type Flow,
  type HttpRequestEffect,
  type Locale,
} from "@/lib/flow";
import { advanceWithInlineEffects, type EngineRun } from "@/lib/runtime";
import { AppError } from "@/lib/errors/app-error";
import type { CustomerMessage } from "../customer-action";
import type { SimulatorAction } from "../simulator-action";
import type { SimulatorContact } from "../simulator-state";
import { applyContactEdit, applyContactUpdate, sandboxContactSnapshot } from "./sandbox-contact";
import {
  MAX_EFFECTS,
  MAX_TRACE,
  MAX_TRANSCRIPT,
  SANDBOX_VERSION,
  type SandboxRecord,
} from "./sandbox-record";
import { createSimulatorChannel, type SimulatorChannel } from "./simulator-channel";

const DAY_MS = 86_400_000;
/** Engine calls one action may make (timers firing one after another, HTTP results). */
const MAX_ENGINE_CALLS = 200;
/** The start the sandbox adds when "start from the selected node" picks a node that is no start. */
export const SANDBOX_START_ID = "__simulator_start";

export interface SandboxPorts {
  /** The flow on the canvas (the unsaved draft) and its id. */
  flow: Flow;
  flowId: string;
  /** Other flows of the workspace, for sub-flow jumps. */
  subFlow(flowId: string): Flow | undefined;
  /** A sandbox discount code: never one taken from the live pool. */
  takeCode(effect: DiscountCodeEffect): Promise<{ result: EffectResult; summary: string }>;
  /** The live runtime's HTTP effect, with its timeouts and private-address guard. */
  performHttp(effect: HttpRequestEffect): Promise<EffectResult>;
  /** The real clock, unix ms. */
  now(): number;
  locale: Locale;
  newId(): string;
}

export function freshRecord(
  ports: Pick<SandboxPorts, "now" | "newId">,
  contact: SimulatorContact,
): SandboxRecord {
  const now = ports.now();
  return {
    version: SANDBOX_VERSION,
    id: ports.newId(),
    offsetMs: 0,
    clock: now,
    session: null,
    startFrom: null,
    windowOpenUntil: null,
    windowNoticeFor: null,
    timers: [],
    steps: 0,
    seq: 0,
    transcript: [],
    trace: [],
    effects: [],
    contact,
  };
}

/** The flow the engine runs: the draft, plus a start leading to the chosen node when needed. */
export function sandboxFlow(flow: Flow, startFrom: string | null): Flow {
  if (startFrom === null || !flow.nodes.some((n) => n.id === startFrom)) return flow;
  return {
    ...flow,
    nodes: [
      ...flow.nodes,
      {
        id: SANDBOX_START_ID,
        type: "start",
        position: { x: 0, y: 0 },
        data: { trigger: { kind: "api" }, label: "" },
      },
    ],
    edges: [
      ...flow.edges,
      {
        id: `${SANDBOX_START_ID}:edge`,
        source: SANDBOX_START_ID,
        sourceHandle: "next",
        target: startFrom,
      },
    ],
  };
}

export async function applySandboxAction(
  record: SandboxRecord,
  action: SimulatorAction,
  ports: SandboxPorts,
): Promise<SandboxRecord> {
  const run = new SandboxRun(structuredClone(record), ports);
  await run.apply(action);
  return run.finish();
}

class SandboxRun {
  private clock: number;
  private flow: Flow;
  private channel: SimulatorChannel;
  private engineCalls = 0;

  constructor(
    private r: SandboxRecord,
    private readonly ports: SandboxPorts,
  ) {
    this.clock = Math.max(r.clock, ports.now() + r.offsetMs);
    this.flow = sandboxFlow(ports.flow, r.startFrom);
    this.channel = createSimulatorChannel(ports.locale, () => this.nextId());
  }

  private nextId(): string {
    this.r.seq += 1;
    return String(this.r.seq);
  }

  async apply(action: SimulatorAction): Promise<void> {
    if (action.type === "restart") {
      await this.restart(action.startNodeId);
      return;
    }
    // Whatever came due while nobody looked (a short delay) happens before the new action.
    await this.runDue(this.clock);
    switch (action.type) {
      case "customer":
        if (action.action.type === "message") await this.customerMessage(action.action.message);
        else {
          this.r.transcript.push(
            this.channel.notice(
              { type: "api_start", variables: action.action.variables },
              this.clock,
            ),
          );
          await this.drive(
            {
              type: "api_start",
              variables: action.action.variables,
              ...(action.action.startNodeId ? { startNodeId: action.action.startNodeId } : {}),
            },
            this.clock,
          );
        }
        break;
      case "skip_delay": {
        const wait = this.r.session?.wait;
        const timer =
          wait?.kind === "timer"
            ? this.r.timers.find((t) => t.timerId === wait.timerId)
            : undefined;
        if (timer && timer.fireAt > this.clock) {
          this.r.offsetMs += timer.fireAt - this.clock;
          this.clock = timer.fireAt;
        }
        if (timer) {
          this.r.transcript.push(this.channel.notice({ type: "delay_skipped" }, this.clock));
          await this.runDue(this.clock);
        }
        break;
      }
      case "advance_clock":
        this.r.offsetMs += action.ms;
        this.r.transcript.push(
          this.channel.notice({ type: "clock_advanced", byMs: action.ms }, this.clock),
        );
        this.clock += action.ms;
        await this.runDue(this.clock);
        break;
      case "tick":
        break;
      case "set_variable": {
        const session = this.r.session;
        if (session === null || session.status === "ended") {
          throw new AppError(409, "no_conversation", "errors.simulator.noConversation");
        }
        session.variables[action.name] = action.value;
        this.traceItems([{ type: "variable_set", name: action.name, value: action.value }]);
        break;
      }
      case "edit_contact":
        this.r.contact = applyContactEdit(this.r.contact, action.edit);
        break;
    }
  }

  private async restart(startNodeId: string | undefined): Promise<void> {
    const contact = this.r.contact;
    this.r = {
      ...this.r,
      id: this.ports.newId(),
      offsetMs: 0,
      session: null,
      startFrom: null,
      windowOpenUntil: null,
      windowNoticeFor: null,
      timers: [],
      steps: 0,
      transcript: [],
      trace: [],
      effects: [],
      contact,
    };
    this.clock = this.ports.now();
    this.flow = this.ports.flow;
    if (startNodeId === undefined) return;
    const node = this.ports.flow.nodes.find((n) => n.id === startNodeId);
    if (node === undefined) {
      throw new AppError(404, "not_found", "errors.notFound", { what: "node" });
    }
    const isStart = startNodes(this.ports.flow).some((n) => n.id === startNodeId);
    if (!isStart) {
      this.r.startFrom = startNodeId;
      this.flow = sandboxFlow(this.ports.flow, startNodeId);
    }
    await this.drive(
      { type: "api_start", variables: {}, startNodeId: isStart ? startNodeId : SANDBOX_START_ID },
      this.clock,
    );
  }

  private async customerMessage(sent: CustomerMessage): Promise<void> {
    const parsed = inboundMessageSchema.safeParse({
      ...sent,
      id: `wamid.sim-${this.r.id}-${this.r.seq + 1}`,
      timestamp: this.clock,
    });
    if (!parsed.success) throw new AppError(400, "invalid", "errors.invalidInput");
    const message = parsed.data;
    this.r.transcript.push({
      kind: "customer",
      id: this.nextId(),
      at: this.clock,
      message,
      status: "read",
    });
    // As the live runtime does for every inbound message: the window runs 24 h from the last one.
    this.r.windowOpenUntil = Math.max(this.r.windowOpenUntil ?? 0, this.clock + DAY_MS);
    await this.drive({ type: "message", message }, this.clock);
  }

  /** One engine call, then the HTTP requests it waits on, each answered by a further call. */
  private async drive(first: EngineInput, at: number): Promise<void> {
    let input: EngineInput | null = first;
    while (input !== null) {
      if (!this.budget(at)) return;
      const run = await advanceWithInlineEffects(
        this.flow,
        this.r.session,
        input,
        this.engineContext(at),
        (effect) => this.takeCode(effect),
      );
      this.absorb(run, at);
      input = null;
      const wait = run.session?.wait;
      if (wait?.kind === "effect" && wait.effect === "http_request") {
        const effect = run.effects.find(
          (e): e is HttpRequestEffect => e.type === "http_request" && e.effectId === wait.effectId,
        );
        if (effect) {
          const result = await this.ports.performHttp(effect);
          this.settleEffect(effect.effectId, result);
          input = { type: "effect_result", effectId: effect.effectId, result };
        }
      }
    }
  }

  private budget(at: number): boolean {
    this.engineCalls += 1;
    if (this.engineCalls <= MAX_ENGINE_CALLS) return true;
    if (this.engineCalls === MAX_ENGINE_CALLS + 1) {
      const message = {
        en: `Stopped after ${MAX_ENGINE_CALLS} bot steps in one go: the flow probably loops on a timer.`,
        tr: `Tek seferde ${MAX_ENGINE_CALLS} bot adımından sonra durduruldu: akış büyük olasılıkla bir zamanlayıcıda döngüde.`,
      };
      this.r.transcript.push(
        this.channel.notice({ type: "runtime_error", message: message[this.ports.locale] }, at),
      );
    }
    return false;
  }

  private engineContext(at: number): EngineContext {
    const { flowId } = this.ports;
    this.r.steps += 1;
    return {
      now: at,
      random: createSeededRandom(`${this.r.id}:${this.r.steps}`),
      contact: sandboxContactSnapshot(this.r.contact),
      flowId,
      flows: (id) => (id === flowId ? this.flow : this.ports.subFlow(id)),
      ...(this.r.windowOpenUntil !== null ? { windowOpenUntil: this.r.windowOpenUntil } : {}),
    };
  }

  private async takeCode(effect: DiscountCodeEffect): Promise<EffectResult> {
    const { result, summary } = await this.ports.takeCode(effect);
    this.r.effects.push({
      effectId: effect.effectId,
      type: "discount_code",
      summary,
      status: "completed",
      result,
    });
    return result;
  }

  private settleEffect(effectId: string, result: EffectResult): void {
    const item = this.r.effects.find((e) => e.effectId === effectId);
    if (item) {
      item.status = "completed";
      item.result = result;
    }
  }

  /** Stores what one engine call decided, as the live runtime's writeStep does in its tables. */
  private absorb(run: EngineRun, at: number): void {
    this.r.session = run.session;
    this.traceItems(run.trace, at);
    this.r.transcript.push(...this.channel.deliver(run, at));
    for (const effect of run.effects) {
      switch (effect.type) {
        case "schedule_timer":
          this.r.timers = [
            ...this.r.timers.filter((t) => t.timerId !== effect.timerId),
            { timerId: effect.timerId, kind: effect.kind, fireAt: effect.fireAt },
          ];
          break;
        case "cancel_timer":
          this.r.timers = this.r.timers.filter((t) => t.timerId !== effect.timerId);
          break;
        case "contact_update":
          this.r.contact = applyContactUpdate(this.r.contact, effect);
          break;
        case "handoff":
          this.r.transcript.push(
            this.channel.notice(
              { type: "handoff", ...(effect.team ? { team: effect.team } : {}) },
              at,
            ),
          );
          break;
        case "http_request":
          this.r.effects.push({
            effectId: effect.effectId,
            type: "http_request",
            summary: `${effect.method} ${effect.url}`,
            status: "pending",
            result: null,
          });
          break;
        case "discount_code":
        case "session_ended":
          break;
      }
    }
    for (const entry of run.trace) {
      if (entry.type !== "effect_result" || !entry.accepted) continue;
      const item = this.r.effects.find((e) => e.effectId === entry.effectId);
      if (item) item.status = "applied";
    }
    // A session that ended leaves nothing to wake up for.
    if (run.session === null || run.session.status === "ended") this.r.timers = [];
  }

  private traceItems(entries: EngineRun["trace"], at: number = this.clock): void {
    for (const entry of entries) {
      this.r.trace.push({ id: this.nextId(), step: this.r.steps, at, entry });
    }
  }

  /** Fires every timer due by `until`, earliest first, each at its own time. */
  private async runDue(until: number): Promise<void> {
    for (;;) {
      const due = this.r.timers
        .filter((t) => t.fireAt <= until)
        .sort((a, b) => a.fireAt - b.fireAt)[0];
      if (due === undefined) break;
      this.announceWindow(due.fireAt);
      this.r.timers = this.r.timers.filter((t) => t.timerId !== due.timerId);
      await this.drive({ type: "timer", timerId: due.timerId }, due.fireAt);
      if (this.engineCalls > MAX_ENGINE_CALLS) break;
    }
    this.announceWindow(until);
  }

  /** Once the clock passes the end of the 24-hour window, the chat says so, once per window. */
  private announceWindow(time: number): void {
    const end = this.r.windowOpenUntil;
    if (end === null || time <= end || this.r.windowNoticeFor === end) return;
    this.r.windowNoticeFor = end;
    this.r.transcript.push(this.channel.notice({ type: "window_closed" }, end));
  }

  finish(): SandboxRecord {
    this.r.clock = this.clock;
    this.r.transcript = this.r.transcript.slice(-MAX_TRANSCRIPT);
    this.r.trace = this.r.trace.slice(-MAX_TRACE);
    this.r.effects = this.r.effects.slice(-MAX_EFFECTS);
    return this.r;
  }
}
