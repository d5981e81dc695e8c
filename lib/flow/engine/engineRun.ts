import type { InboundMessage, OutboundMessage } from "../io";
import type { JsonValue } from "../json";
import { localized } from "../localized";
import { indexFlow, type FlowIndex } from "../graph/flowIndex";
import { outgoingEdge } from "../graph/outgoingEdge";
import { startNodes } from "../graph/startNodes";
import {
  enterNode,
  nodeAgentResolved,
  nodeEffectResult,
  nodeInput,
  nodeTimer,
} from "../nodes/dispatch";
import type { NodeRuntime, NodeTraceEntry, Step } from "../nodes/nodeDefinition";
import { BUILTIN_TEXTS } from "../nodes/shared/builtinTexts";
import type { Flow, FlowNode } from "../schema/flowSchema";
import type { FlowSettings } from "../schema/flowSettingsSchema";
import { getPath, interpolate } from "../template/interpolate";
import { EMPTY_CONTACT, type ContactSnapshot } from "./contactSnapshot";
import {
  effectiveContact,
  lookupContact,
  mergeContactChanges,
  NO_CONTACT_CHANGES,
} from "./contactView";
import { DEFAULT_FLOW_ID, DEFAULT_MAX_STEPS, type EngineContext } from "./engineContext";
import type { EffectResult, ParsedEngineInput } from "./engineInput";
import type { ContactUpdate, Effect, SessionEndReason } from "./effects";
import { matchGlobalKeyword } from "./globalKeywords";
import { matchTrigger } from "./matchTrigger";
import { SESSION_VERSION, type Session } from "./session";
import type { TraceEntry } from "./traceEntry";

const DAY_MS = 86_400_000;
/** Sub-flows may call sub-flows, but a flow calling itself forever must stop somewhere. */
export const MAX_SUBFLOW_DEPTH = 8;
const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

interface Position {
  flowId: string;
  nodeId: string;
}

export interface AdvanceResult {
  /** null only when there was no session and none was started. */
  session: Session | null;
  outbox: OutboundMessage[];
  effects: Effect[];
  trace: TraceEntry[];
}

function cloneSession(session: Session): Session {
  return {
    ...session,
    wait: session.wait === null ? null : { ...session.wait },
    stack: [...session.stack],
    variables: { ...session.variables },
  };
}

/**
 * One call of `advance`: holds the working copy of the session and collects outbox, effects and
 * trace. It is also the `NodeRuntime` that node behaviours talk to. Never shared between calls.
 */
export class EngineRun implements NodeRuntime {
  readonly outbox: OutboundMessage[] = [];
  readonly effects: Effect[] = [];
  readonly traceLog: TraceEntry[] = [];
  session: Session | null = null;

  private readonly rootFlowId: string;
  private readonly maxSteps: number;
  private readonly graphs = new Map<string, FlowIndex | undefined>();
  private stepsThisAdvance = 0;
  private current: { flowId: string; node: FlowNode } | null = null;
  private windowEnd: number | undefined;
  private contactCache: ContactSnapshot | null = null;
  private armInactivity = false;
  private firedTimerId: string | null = null;

  constructor(
    private readonly flow: Flow,
    private readonly ctx: EngineContext,
  ) {
    this.rootFlowId = ctx.flowId ?? DEFAULT_FLOW_ID;
    this.maxSteps = ctx.maxSteps ?? DEFAULT_MAX_STEPS;
    this.windowEnd = ctx.windowOpenUntil;
    this.graphs.set(this.rootFlowId, indexFlow(flow));
  }

  // ----------------------------------------------------------------------------------------------
  // NodeRuntime
  // ----------------------------------------------------------------------------------------------

  get now(): number {
    return this.ctx.now;
  }
  get settings(): FlowSettings {
    return this.flow.settings;
  }
  get lastMessage(): InboundMessage | null {
    return this.session?.lastMessage ?? null;
  }
  get attempts(): number {
    const wait = this.session?.wait;
    return wait?.kind === "input" ? wait.attempts : 0;
  }
  random(): number {
    return this.ctx.random();
  }

  lookup = (ref: string): JsonValue | undefined => {
    const variables = this.session?.variables ?? {};
    const dot = ref.indexOf(".");
    if (dot < 0) return Object.hasOwn(variables, ref) ? variables[ref] : undefined;
    const path = ref.split(".");
    const [root = "", ...rest] = path;
    if (root === "contact") {
      return lookupContact(
        this.ctx.contact ?? EMPTY_CONTACT,
        this.session?.contact ?? NO_CONTACT_CHANGES,
        rest,
      );
    }
    return Object.hasOwn(variables, root) ? getPath(variables[root], rest) : undefined;
  };

  text(template: string, encode?: (value: string) => string): string {
    return interpolate(template, this.lookup, encode);
  }

  setVariable(name: string, value: JsonValue): void {
    if (this.session === null) return;
    this.session.variables[name] = value;
    this.traceLog.push({ type: "variable_set", name, value });
  }

  unsetVariable(name: string): void {
    if (this.session === null || !Object.hasOwn(this.session.variables, name)) return;
    delete this.session.variables[name];
    this.traceLog.push({ type: "variable_unset", name });
  }

  contact(): ContactSnapshot {
    if (this.contactCache === null) {
      this.contactCache = effectiveContact(
        this.ctx.contact ?? EMPTY_CONTACT,
        this.session?.contact ?? NO_CONTACT_CHANGES,
      );
    }
    return this.contactCache;
  }

  send(message: OutboundMessage): void {
    if (
      message.type !== "template" &&
      this.windowEnd !== undefined &&
      this.ctx.now > this.windowEnd
    ) {
      this.traceLog.push({
        type: "message_dropped",
        ...(this.current === null ? {} : { nodeId: this.current.node.id }),
        messageType: message.type,
        reason: "window_closed",
        message,
      });
      return;
    }
    this.outbox.push(message);
  }

  updateContact(update: ContactUpdate): void {
    if (this.session !== null)
      this.session.contact = mergeContactChanges(this.session.contact, update);
    this.contactCache = null;
    this.effects.push({ type: "contact_update", ...update });
  }

  handoff(request: { message?: string; team?: string; note?: string }): void {
    this.effects.push({ type: "handoff", ...request, via: "node" });
  }

  trace(entry: NodeTraceEntry): void {
    const here = this.current;
    this.traceLog.push(
      here === null ? entry : { ...entry, nodeId: here.node.id, flowId: here.flowId },
    );
  }

  // ----------------------------------------------------------------------------------------------
  // Inputs
  // ----------------------------------------------------------------------------------------------

  handle(session: Session | null, input: ParsedEngineInput): void {
    this.session = session === null ? null : cloneSession(session);
    if (this.session !== null && this.session.flowId !== this.rootFlowId) {
      this.error(
        "session_flow_mismatch",
        localized(
          `This session belongs to flow "${this.session.flowId}", not "${this.rootFlowId}".`,
          `Bu oturum "${this.rootFlowId}" akışına değil, "${this.session.flowId}" akışına ait.`,
        ),
      );
      return;
    }
    switch (input.type) {
      case "message":
        this.windowEnd = Math.max(this.windowEnd ?? -Infinity, input.message.timestamp + DAY_MS);
        this.onMessage(input.message);
        break;
      case "timer":
        this.onTimer(input.timerId);
        break;
      case "effect_result":
        this.onEffectResult(input.effectId, input.result);
        break;
      case "api_start":
        this.onApiStart(input.variables, input.startNodeId);
        break;
      case "agent_resolved":
        this.onAgentResolved();
        break;
      case "window_closed":
        this.onWindowClosed();
        break;
    }
    this.finish();
  }

  private live(): Session | null {
    const s = this.session;
    return s === null || s.status === "ended" ? null : s;
  }

  private onMessage(message: InboundMessage): void {
    let s = this.live();
    if (s !== null && this.inactivityExpired(s)) {
      this.endSession("inactivity");
      s = null;
    }
    const keyword = matchGlobalKeyword(this.flow, message);
    if (s === null) {
      if (keyword?.action === "stop") {
        this.traceLog.push({ type: "global_keyword", ...keyword });
        this.optOut();
        return;
      }
      if (keyword?.action === "human") {
        this.traceLog.push({ type: "global_keyword", ...keyword });
        this.createSession(null, "keyword", message, {});
        this.humanHandoff();
        return;
      }
      const match = matchTrigger(this.flow, message);
      if (match === null) {
        this.traceLog.push({ type: "no_trigger_match" });
        return;
      }
      this.startSession(match.nodeId, "trigger", message, {});
      return;
    }

    s.lastMessage = message;
    s.lastActivityAt = this.ctx.now;
    this.armInactivity = true;

    if (s.status === "handoff") {
      if (keyword?.action === "stop") {
        this.traceLog.push({ type: "global_keyword", ...keyword });
        this.optOut();
        return;
      }
      this.reject(
        "handoff_active",
        localized(
          "A human agent has this conversation; the bot stays silent.",
          "Bu konuşma bir temsilcide; bot sessiz kalıyor.",
        ),
      );
      return;
    }

    if (keyword !== null) {
      this.traceLog.push({ type: "global_keyword", ...keyword });
      if (keyword.action === "stop") this.optOut();
      else if (keyword.action === "human") this.humanHandoff();
      else this.restart(s, message);
      return;
    }

    const wait = s.wait;
    if (wait?.kind !== "input") {
      this.reject(
        "not_waiting_for_input",
        localized(
          "The bot is waiting for a timer or an external call, not for a message.",
          "Bot bir mesaj değil, bir zamanlayıcı ya da dış çağrı bekliyor.",
        ),
      );
      return;
    }
    if (!this.resume(wait)) return;
    const node = this.current?.node;
    if (node === undefined) return;
    const step = nodeInput(node, this, message) ?? {
      kind: "ignore",
      reason: "node_takes_no_input",
      message: localized("This node does not take answers.", "Bu düğüm yanıt almaz."),
    };
    this.afterWait(step);
  }

  private onTimer(timerId: string): void {
    const s = this.live();
    if (s === null) {
      this.traceLog.push({ type: "timer_ignored", timerId, reason: "no_session" });
      return;
    }
    if (timerId === this.inactivityTimerId(s)) {
      if (this.inactivityExpired(s)) {
        this.traceLog.push({ type: "timer_fired", timerId, kind: "inactivity" });
        const text = this.flow.settings.inactivityMessage;
        if (text.trim() !== "") this.send({ type: "text", text: this.text(text) });
        this.endSession("inactivity");
      } else {
        this.traceLog.push({ type: "timer_ignored", timerId, reason: "stale" });
      }
      return;
    }
    const wait = s.wait;
    if (
      wait === null ||
      !((wait.kind === "timer" || wait.kind === "input") && wait.timerId === timerId)
    ) {
      this.traceLog.push({ type: "timer_ignored", timerId, reason: "stale" });
      return;
    }
    const kind = wait.kind === "timer" ? "delay" : "question_timeout";
    this.traceLog.push({ type: "timer_fired", timerId, kind });
    // It has fired: leaving the node must not cancel it again.
    this.firedTimerId = timerId;
    if (!this.resume(wait)) return;
    const node = this.current?.node;
    if (node === undefined) return;
    this.afterWait(
      nodeTimer(node, this) ?? { kind: "port", port: kind === "delay" ? "next" : "timeout" },
    );
  }

  private onEffectResult(effectId: string, result: EffectResult): void {
    const s = this.live();
    const wait = s?.wait;
    const accepted = wait?.kind === "effect" && wait.effectId === effectId;
    this.traceLog.push({ type: "effect_result", effectId, status: result.status, accepted });
    if (!accepted || !this.resume(wait)) return;
    const node = this.current?.node;
    if (node === undefined) return;
    this.afterWait(
      nodeEffectResult(node, this, result) ?? {
        kind: "port",
        port: result.status === "success" ? "success" : "error",
      },
    );
  }

  private onAgentResolved(): void {
    const s = this.live();
    const wait = s?.wait;
    if (s === null || s.status !== "handoff" || wait?.kind !== "agent") {
      this.reject(
        "not_in_handoff",
        localized("The conversation is not with an agent.", "Konuşma bir temsilcide değil."),
      );
      return;
    }
    if (wait.nodeId === null) {
      this.endSession("handoff_resolved");
      return;
    }
    if (!this.resume({ flowId: wait.flowId, nodeId: wait.nodeId })) return;
    const node = this.current?.node;
    if (node === undefined) return;
    this.afterWait(nodeAgentResolved(node, this) ?? { kind: "port", port: "resolved" });
  }

  /**
   * WhatsApp refused a message: the window is closed whatever our clock said. The session moves to
   * the flow's fallback template (allowed outside the window) and waits there as usual, so the
   * customer's tap reopens the window and continues from the template's buttons. Already waiting
   * at that template → nothing is sent again, or a refused message could loop.
   */
  private onWindowClosed(): void {
    const s = this.live();
    const nodeId = this.flow.settings.windowClosedTemplateNodeId;
    const ignore = (
      reason: Extract<TraceEntry, { type: "window_closed"; outcome: "ignored" }>["reason"],
      message: { en: string; tr: string },
    ): void => {
      this.traceLog.push({ type: "window_closed", outcome: "ignored", reason, message });
    };
    if (s === null) {
      ignore(
        "no_session",
        localized(
          "The 24-hour window closed, but no session is running: nothing to do.",
          "24 saatlik pencere kapandı ama çalışan bir oturum yok: yapılacak bir şey yok.",
        ),
      );
      return;
    }
    if (nodeId === "") {
      ignore(
        "no_fallback",
        localized(
          "The 24-hour window closed and the flow has no fallback template: the session waits as it was.",
          "24 saatlik pencere kapandı ve akışın yedek şablonu yok: oturum olduğu gibi bekliyor.",
        ),
      );
      return;
    }
    const target = this.nodeAt({ flowId: this.rootFlowId, nodeId });
    if (target?.type !== "template") {
      ignore(
        "fallback_invalid",
        localized(
          `The fallback template node "${nodeId}" is missing or not a template.`,
          `Yedek şablon düğümü "${nodeId}" yok ya da bir şablon değil.`,
        ),
      );
      return;
    }
    if (s.status === "handoff") {
      ignore(
        "handoff",
        localized(
          "The 24-hour window closed while a human agent has the conversation: the bot stays silent.",
          "Konuşma bir temsilcideyken 24 saatlik pencere kapandı: bot sessiz kalıyor.",
        ),
      );
      return;
    }
    const wait = s.wait;
    if (wait?.kind === "input" && wait.flowId === this.rootFlowId && wait.nodeId === nodeId) {
      ignore(
        "already_at_fallback",
        localized(
          "The 24-hour window closed, but the fallback template was already sent: it is not sent again.",
          "24 saatlik pencere kapandı ama yedek şablon zaten gönderildi: yeniden gönderilmiyor.",
        ),
      );
      return;
    }
    // Meta said so: after the template, free-form messages of this step are dropped, not refused.
    this.windowEnd = Math.min(this.windowEnd ?? Infinity, this.ctx.now - 1);
    this.traceLog.push({
      type: "window_closed",
      outcome: "fallback",
      flowId: this.rootFlowId,
      nodeId,
    });
    this.cancelWaitTimer(s);
    s.wait = null;
    s.stack = [];
    s.status = "active";
    const step = this.enter({ flowId: this.rootFlowId, nodeId });
    if (step !== null) this.proceed(step);
  }

  private onApiStart(variables: Record<string, JsonValue>, startNodeId: string | undefined): void {
    const start = matchTrigger(this.flow, {
      type: "api_start",
      ...(startNodeId === undefined ? {} : { startNodeId }),
    });
    if (start === null) {
      this.error(
        "no_api_start",
        startNodeId === undefined
          ? localized(
              "The flow has no start node with an API trigger.",
              "Akışta API tetikleyicili bir başlangıç düğümü yok.",
            )
          : localized(
              `"${startNodeId}" is not a start node of this flow.`,
              `"${startNodeId}" bu akışın bir başlangıç düğümü değil.`,
            ),
      );
      return;
    }
    if (this.live() !== null) this.endSession("replaced");
    this.startSession(start.nodeId, "api", null, variables);
  }

  // ----------------------------------------------------------------------------------------------
  // Sessions
  // ----------------------------------------------------------------------------------------------

  private newId(): string {
    let id = "";
    for (let i = 0; i < 12; i += 1) {
      id += ID_ALPHABET[Math.min(35, Math.floor(this.ctx.random() * 36))] ?? "0";
    }
    return id;
  }

  private createSession(
    startNodeId: string | null,
    via: "trigger" | "api" | "restart" | "keyword",
    message: InboundMessage | null,
    variables: Record<string, JsonValue>,
  ): Session {
    const initial: Record<string, JsonValue> = {};
    for (const v of this.flow.variables)
      if (v.defaultValue !== undefined) initial[v.name] = v.defaultValue;
    const session: Session = {
      version: SESSION_VERSION,
      id: this.newId(),
      flowId: this.rootFlowId,
      status: "active",
      startNodeId,
      wait: null,
      stack: [],
      variables: { ...initial, ...variables },
      contact: NO_CONTACT_CHANGES,
      steps: 0,
      seq: 0,
      startedAt: this.ctx.now,
      lastActivityAt: this.ctx.now,
      inactivityDeadline: null,
      lastMessage: message,
      endedReason: null,
    };
    this.session = session;
    this.contactCache = null;
    this.armInactivity = true;
    this.traceLog.push({
      type: "session_started",
      sessionId: session.id,
      flowId: this.rootFlowId,
      startNodeId,
      via,
    });
    return session;
  }

  private startSession(
    startNodeId: string,
    via: "trigger" | "api" | "restart",
    message: InboundMessage | null,
    variables: Record<string, JsonValue>,
  ): void {
    this.createSession(startNodeId, via, message, variables);
    const step = this.enter({ flowId: this.rootFlowId, nodeId: startNodeId });
    if (step !== null) this.proceed(step);
  }

  private restart(s: Session, message: InboundMessage): void {
    const startId = s.startNodeId;
    this.endSession("restarted");
    const exists = startId !== null && startNodes(this.flow).some((n) => n.id === startId);
    if (exists) {
      this.startSession(startId, "restart", message, {});
      return;
    }
    const match = matchTrigger(this.flow, message);
    if (match === null) this.traceLog.push({ type: "no_trigger_match" });
    else this.startSession(match.nodeId, "restart", message, {});
  }

  private humanHandoff(): void {
    const s = this.session;
    if (s === null) return;
    this.cancelWaitTimer(s);
    s.wait = { kind: "agent", flowId: this.rootFlowId, nodeId: null };
    s.stack = [];
    s.status = "handoff";
    const settings = this.flow.settings;
    const text =
      settings.humanHandoffMessage.trim() === ""
        ? BUILTIN_TEXTS.humanHandoff[settings.locale]
        : this.text(settings.humanHandoffMessage);
    this.send({ type: "text", text });
    this.effects.push({
      type: "handoff",
      message: text,
      ...(settings.humanHandoffTeam === "" ? {} : { team: settings.humanHandoffTeam }),
      via: "keyword",
    });
  }

  private optOut(): void {
    this.updateContact({ patch: {}, addTags: [], removeTags: [], optIn: false });
    const settings = this.flow.settings;
    this.send({
      type: "text",
      text:
        settings.stopMessage.trim() === ""
          ? BUILTIN_TEXTS.stop[settings.locale]
          : this.text(settings.stopMessage),
    });
    if (this.live() !== null) this.endSession("opted_out");
  }

  private endSession(reason: SessionEndReason): void {
    const s = this.session;
    if (s === null || s.status === "ended") return;
    this.cancelWaitTimer(s);
    if (s.inactivityDeadline !== null) {
      this.effects.push({ type: "cancel_timer", timerId: this.inactivityTimerId(s) });
      s.inactivityDeadline = null;
    }
    s.status = "ended";
    s.endedReason = reason;
    s.wait = null;
    s.stack = [];
    this.current = null;
    this.effects.push({ type: "session_ended", sessionId: s.id, reason });
    this.traceLog.push({ type: "session_ended", sessionId: s.id, reason });
  }

  private cancelWaitTimer(s: Session): void {
    const wait = s.wait;
    if ((wait?.kind === "input" || wait?.kind === "timer") && wait.timerId !== null) {
      if (wait.timerId !== this.firedTimerId)
        this.effects.push({ type: "cancel_timer", timerId: wait.timerId });
      if (wait.kind === "input") wait.timerId = null;
    }
  }

  private inactivityTimerId(s: Session): string {
    return `${s.id}:inactivity`;
  }

  private inactivityExpired(s: Session): boolean {
    return (
      s.wait?.kind === "input" &&
      s.inactivityDeadline !== null &&
      this.ctx.now >= s.inactivityDeadline
    );
  }

  /** Re-arms the inactivity timer when the customer is (again) expected to answer. */
  private finish(): void {
    const s = this.session;
    if (s === null || s.status === "ended") return;
    const waitingForCustomer = s.status === "waiting" && s.wait?.kind === "input";
    const minutes = this.flow.settings.inactivityTimeoutMinutes;
    if (waitingForCustomer && minutes > 0) {
      if (!this.armInactivity) return;
      const fireAt = this.ctx.now + minutes * 60_000;
      const timerId = this.inactivityTimerId(s);
      s.inactivityDeadline = fireAt;
      this.effects.push({ type: "schedule_timer", timerId, fireAt, kind: "inactivity" });
      this.traceLog.push({ type: "timer_scheduled", timerId, kind: "inactivity", fireAt });
    } else if (s.inactivityDeadline !== null) {
      this.effects.push({ type: "cancel_timer", timerId: this.inactivityTimerId(s) });
      s.inactivityDeadline = null;
    }
  }

  // ----------------------------------------------------------------------------------------------
  // Walking
  // ----------------------------------------------------------------------------------------------

  private graph(flowId: string): FlowIndex | undefined {
    if (this.graphs.has(flowId)) return this.graphs.get(flowId);
    const flow = this.ctx.flows?.(flowId);
    const graph = flow === undefined ? undefined : indexFlow(flow);
    this.graphs.set(flowId, graph);
    return graph;
  }

  private nodeAt(at: Position): FlowNode | undefined {
    return this.graph(at.flowId)?.nodeById.get(at.nodeId);
  }

  /** Makes the node the session waits on current again; ends the session if it no longer exists. */
  private resume(at: Position): boolean {
    const node = this.nodeAt(at);
    if (node === undefined) {
      this.error(
        "node_missing",
        localized(
          `The session waits on node "${at.nodeId}", which is no longer in the flow.`,
          `Oturum artık akışta olmayan "${at.nodeId}" düğümünde bekliyor.`,
        ),
      );
      this.endSession("error");
      return false;
    }
    this.current = { flowId: at.flowId, node };
    return true;
  }

  /** Applies a waiting node's answer to an input: keep waiting, or leave and walk on. */
  private afterWait(step: Step): void {
    const s = this.session;
    const here = this.current;
    if (s === null || here === null) return;
    if (step.kind === "retry") {
      if (s.wait?.kind === "input") s.wait.attempts += 1;
      return;
    }
    if (step.kind === "ignore") {
      this.reject(step.reason, step.message);
      return;
    }
    this.cancelWaitTimer(s);
    this.traceLog.push({
      type: "input_accepted",
      flowId: here.flowId,
      nodeId: here.node.id,
      ...(step.kind === "port" ? { port: step.port } : {}),
    });
    s.wait = null;
    s.status = "active";
    this.proceed(step);
  }

  private proceed(first: Step): void {
    let step: Step | null = first;
    while (step !== null) {
      const next = this.apply(step);
      step = next === null ? null : this.enter(next);
    }
  }

  private enter(at: Position): Step | null {
    const s = this.session;
    if (s === null) return null;
    if (this.stepsThisAdvance >= this.maxSteps) {
      this.traceLog.push({
        type: "budget_exhausted",
        steps: this.stepsThisAdvance,
        nodeId: at.nodeId,
        message: localized(
          `Stopped after ${this.stepsThisAdvance} steps without waiting for the customer: the flow probably loops.`,
          `Müşteriyi beklemeden ${this.stepsThisAdvance} adım atıldıktan sonra durduruldu: akış büyük olasılıkla döngüde.`,
        ),
      });
      this.endSession("step_budget");
      return null;
    }
    const node = this.nodeAt(at);
    if (node === undefined) {
      this.error(
        "node_missing",
        localized(`Node "${at.nodeId}" does not exist.`, `"${at.nodeId}" düğümü yok.`),
      );
      this.endSession("error");
      return null;
    }
    this.stepsThisAdvance += 1;
    s.steps += 1;
    this.current = { flowId: at.flowId, node };
    this.traceLog.push({
      type: "node_entered",
      flowId: at.flowId,
      nodeId: node.id,
      nodeType: node.type,
      step: s.steps,
    });
    return enterNode(node, this);
  }

  /** Carries out a step of the current node; returns where to go next, or null to stop. */
  private apply(step: Step): Position | null {
    const s = this.session;
    const here = this.current;
    if (s === null || here === null || s.status === "ended") return null;
    const at = { flowId: here.flowId, nodeId: here.node.id };
    switch (step.kind) {
      case "port":
        return this.follow(at, step.port);
      case "goto":
        this.traceLog.push({ type: "jump", ...at, toFlowId: at.flowId, toNodeId: step.nodeId });
        return { flowId: at.flowId, nodeId: step.nodeId };
      case "call":
        return this.call(at, step.flowId, step.startNodeId);
      case "end":
        return this.returnOrEnd();
      case "wait_input": {
        let timerId: string | null = null;
        if (step.timeoutMs !== undefined && step.timeoutMs > 0) {
          timerId = this.scheduleTimer(s, "question_timeout", step.timeoutMs);
        }
        s.wait = { kind: "input", ...at, attempts: 0, timerId };
        s.status = "waiting";
        this.armInactivity = true;
        return null;
      }
      case "wait_timer":
        s.wait = { kind: "timer", ...at, timerId: this.scheduleTimer(s, "delay", step.delayMs) };
        s.status = "waiting";
        return null;
      case "wait_effect": {
        s.seq += 1;
        const effectId = `${s.id}:e${s.seq}`;
        this.effects.push({ ...step.effect, effectId });
        this.traceLog.push({
          type: "effect_requested",
          effectId,
          effect: step.effect.type,
          nodeId: at.nodeId,
        });
        s.wait = { kind: "effect", ...at, effectId, effect: step.effect.type };
        s.status = "waiting";
        return null;
      }
      case "wait_agent":
        s.wait = { kind: "agent", ...at };
        s.status = "handoff";
        this.traceLog.push({ type: "effect_requested", effect: "handoff", nodeId: at.nodeId });
        return null;
      case "retry":
      case "ignore":
        this.error(
          "bad_step",
          localized(
            `Node "${at.nodeId}" asked to keep waiting while it was not waiting.`,
            `"${at.nodeId}" düğümü beklemiyorken beklemeye devam etmek istedi.`,
          ),
        );
        this.endSession("error");
        return null;
    }
  }

  private scheduleTimer(s: Session, kind: "delay" | "question_timeout", delayMs: number): string {
    s.seq += 1;
    const timerId = `${s.id}:t${s.seq}`;
    const fireAt = this.ctx.now + Math.max(0, delayMs);
    this.effects.push({ type: "schedule_timer", timerId, fireAt, kind });
    this.traceLog.push({ type: "timer_scheduled", timerId, kind, fireAt });
    return timerId;
  }

  private follow(at: Position, port: string): Position | null {
    const graph = this.graph(at.flowId);
    const edge = graph === undefined ? undefined : outgoingEdge(graph, at.nodeId, port);
    if (edge === undefined) {
      this.traceLog.push({ type: "dead_end", ...at, port });
      return this.returnOrEnd();
    }
    this.traceLog.push({
      type: "edge_taken",
      flowId: at.flowId,
      edgeId: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
    });
    return { flowId: at.flowId, nodeId: edge.target };
  }

  /** The end of a (sub-)flow: back to the caller's jump node, or the end of the session. */
  private returnOrEnd(): Position | null {
    const s = this.session;
    if (s === null) return null;
    const frame = s.stack.pop();
    if (frame === undefined) {
      this.endSession("completed");
      return null;
    }
    this.traceLog.push({
      type: "subflow_returned",
      fromFlowId: this.current?.flowId ?? "",
      toFlowId: frame.flowId,
      toNodeId: frame.nodeId,
    });
    if (this.nodeAt(frame) === undefined) {
      this.error(
        "node_missing",
        localized(`Node "${frame.nodeId}" does not exist.`, `"${frame.nodeId}" düğümü yok.`),
      );
      this.endSession("error");
      return null;
    }
    return this.follow(frame, "next");
  }

  private call(at: Position, flowId: string, startNodeId: string | undefined): Position | null {
    const s = this.session;
    if (s === null) return null;
    const graph = this.graph(flowId);
    const starts = graph === undefined ? [] : startNodes(graph.flow);
    const start =
      startNodeId !== undefined && startNodeId !== ""
        ? starts.find((n) => n.id === startNodeId)
        : (starts.find((n) => n.data.trigger.kind === "api") ?? starts[0]);
    let problem: { code: string; message: { en: string; tr: string } } | null = null;
    if (s.stack.length >= MAX_SUBFLOW_DEPTH) {
      problem = {
        code: "subflow_too_deep",
        message: localized(
          `Sub-flows are nested more than ${MAX_SUBFLOW_DEPTH} deep.`,
          `Alt akışlar ${MAX_SUBFLOW_DEPTH} düzeyden fazla iç içe.`,
        ),
      };
    } else if (graph === undefined) {
      problem = {
        code: "subflow_missing",
        message: localized(
          `Flow "${flowId}" is not available.`,
          `"${flowId}" akışı kullanılamıyor.`,
        ),
      };
    } else if (start === undefined) {
      problem = {
        code: "subflow_no_start",
        message: localized(
          `Flow "${flowId}" has no such start node.`,
          `"${flowId}" akışında böyle bir başlangıç düğümü yok.`,
        ),
      };
    }
    if (problem !== null || start === undefined) {
      this.error(
        problem?.code ?? "subflow_no_start",
        problem?.message ?? localized("No start node.", "Başlangıç düğümü yok."),
      );
      return this.follow(at, "error");
    }
    s.stack.push(at);
    this.traceLog.push({ type: "jump", ...at, toFlowId: flowId, toNodeId: start.id });
    return { flowId, nodeId: start.id };
  }

  // ----------------------------------------------------------------------------------------------
  // Trace helpers
  // ----------------------------------------------------------------------------------------------

  private reject(reason: string, message: { en: string; tr: string }): void {
    const here = this.current;
    this.traceLog.push({
      type: "input_rejected",
      ...(here === null ? {} : { flowId: here.flowId, nodeId: here.node.id }),
      reason,
      message,
    });
  }

  private error(code: string, message: { en: string; tr: string }): void {
    const here = this.current;
    this.traceLog.push({
      type: "error",
      code,
      message,
      ...(here === null ? {} : { flowId: here.flowId, nodeId: here.node.id }),
    });
  }
}
