import type { InboundMessage, OutboundMessage } from "../io";
import type { JsonValue } from "../json";
import { DAY_MS } from "../date/durationMs";
import { advance } from "../engine/advance";
import type { ContactSnapshot } from "../engine/contactSnapshot";
import type { EngineContext } from "../engine/engineContext";
import type { EffectResult, EngineInput } from "../engine/engineInput";
import type { AdvanceResult } from "../engine/engineRun";
import type { Effect, TimerKind } from "../engine/effects";
import { sessionSchema, type Session } from "../engine/session";
import { createSeededRandom } from "../random/seededRandom";
import { flowSchema, type Flow } from "../schema/flowSchema";
import { validateNode } from "../nodes/dispatch";
import type { ValidationContext } from "../nodes/nodeDefinition";
import { FLOW_VERSION } from "../version";

/** Test helpers: build flows tersely and play conversations through the real `advance`. */

export function node(id: string, type: string, data: object = {}, position = { x: 0, y: 0 }) {
  return { id, type, position, data };
}

export function edge(source: string, sourceHandle: string, target: string) {
  return { id: `${source}:${sourceHandle}->${target}`, source, sourceHandle, target };
}

/** Parses a terse document (defaults filled in); throws on a malformed one, which is a broken test. */
export function buildFlow(doc: {
  nodes: unknown[];
  edges?: unknown[];
  variables?: unknown[];
  settings?: unknown;
}): Flow {
  return flowSchema.parse({ version: FLOW_VERSION, ...doc });
}

export const START_ANY = node("start", "start", { trigger: { kind: "any" } });

export const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);

export interface ConversationOptions extends Partial<Omit<EngineContext, "random" | "now">> {
  now?: number;
  seed?: number;
}

/** Keeps the session between turns and checks, every turn, that it still parses. */
export class Conversation {
  session: Session | null = null;
  now: number;
  readonly history: AdvanceResult[] = [];
  private readonly random: () => number;
  private messageCount = 0;
  private lastCustomerAt: number | undefined;

  constructor(
    readonly flow: Flow,
    private readonly options: ConversationOptions = {},
  ) {
    this.now = options.now ?? T0;
    this.random = createSeededRandom(options.seed ?? 1);
  }

  contact: ContactSnapshot | undefined = undefined;

  input(input: EngineInput): AdvanceResult {
    const { now: _now, seed: _seed, ...rest } = this.options;
    if (input.type === "message") this.lastCustomerAt = input.message.timestamp;
    // Like the runtime: the window closes 24 hours after the customer's last message.
    const windowOpenUntil =
      this.options.windowOpenUntil ??
      (this.lastCustomerAt === undefined ? undefined : this.lastCustomerAt + DAY_MS);
    const result = advance(this.flow, this.session, input, {
      ...rest,
      ...(windowOpenUntil === undefined ? {} : { windowOpenUntil }),
      ...(this.contact === undefined ? {} : { contact: this.contact }),
      now: this.now,
      random: this.random,
    });
    if (result.session !== null) sessionSchema.parse(JSON.parse(JSON.stringify(result.session)));
    this.session = result.session;
    this.history.push(result);
    return result;
  }

  message(body: DistributiveOmit<InboundMessage, "id" | "timestamp">): AdvanceResult {
    this.messageCount += 1;
    const message: InboundMessage = {
      ...body,
      id: `wamid.${this.messageCount}`,
      timestamp: this.now,
    };
    return this.input({ type: "message", message });
  }

  say(text: string): AdvanceResult {
    return this.message({ kind: "text", text });
  }

  tap(buttonId: string, title = buttonId): AdvanceResult {
    return this.message({ kind: "button", buttonId, title });
  }

  pick(rowId: string, title = rowId): AdvanceResult {
    return this.message({ kind: "list", rowId, title });
  }

  apiStart(variables: Record<string, JsonValue> = {}, startNodeId?: string): AdvanceResult {
    return this.input({
      type: "api_start",
      variables,
      ...(startNodeId === undefined ? {} : { startNodeId }),
    });
  }

  /** Moves the clock to the latest scheduled timer of `kind` and fires it. */
  fire(kind: TimerKind): AdvanceResult {
    const timer = this.history
      .flatMap((r) => r.effects)
      .filter(
        (e): e is Extract<Effect, { type: "schedule_timer" }> =>
          e.type === "schedule_timer" && e.kind === kind,
      )
      .at(-1);
    if (timer === undefined) throw new Error(`no ${kind} timer was scheduled`);
    this.now = Math.max(this.now, timer.fireAt);
    return this.input({ type: "timer", timerId: timer.timerId });
  }

  /** Answers the effect the session waits for. */
  resolve(result: EffectResult): AdvanceResult {
    const wait = this.session?.wait;
    if (wait?.kind !== "effect") throw new Error("the session is not waiting for an effect");
    return this.input({ type: "effect_result", effectId: wait.effectId, result });
  }

  advanceClock(ms: number): this {
    this.now += ms;
    return this;
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The outbox as short strings, for readable assertions. */
export function said(result: AdvanceResult): string[] {
  return result.outbox.map(describe);
}

export function describe(message: OutboundMessage): string {
  switch (message.type) {
    case "text":
      return message.text;
    case "media":
      return `[${message.mediaKind} ${message.url}${message.caption === undefined ? "" : ` "${message.caption}"`}]`;
    case "buttons":
      return `${message.body} [${message.buttons.map((b) => b.title).join(" | ")}]`;
    case "list":
      return `${message.body} [${message.buttonLabel}: ${message.sections.flatMap((s) => s.rows.map((r) => r.title)).join(" | ")}]`;
    case "cta_url":
      return `${message.body} [${message.label} → ${message.url}]`;
    case "location_request":
      return `${message.body} [send location]`;
    case "template":
      return `template ${message.name}/${message.language}: ${message.preview ?? ""}`;
  }
}

export function tracedNodes(result: AdvanceResult): string[] {
  return result.trace.flatMap((t) => (t.type === "node_entered" ? [t.nodeId] : []));
}

/** Validation issues of a single node, as `code@field` strings. */
export function issuesOf(
  type: string,
  data: object,
  ctx: Partial<ValidationContext> = {},
): string[] {
  const flow = buildFlow({ nodes: [node("n", type, data)] });
  const target = flow.nodes[0];
  if (target === undefined) throw new Error("no node");
  return validateNode(target, {
    hasNode: (id) => id === "n" || id === "other",
    flowExists: () => undefined,
    settings: flow.settings,
    ...ctx,
  }).map((issue) => `${issue.code}@${issue.field ?? ""}`);
}

/** Effects of one result, by type. */
export function effectsOf<T extends Effect["type"]>(
  result: AdvanceResult,
  type: T,
): Extract<Effect, { type: T }>[] {
  return result.effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
}
