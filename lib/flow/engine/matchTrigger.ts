import type { InboundMessage } from "../io";
import type { EngineInput } from "./engineInput";
import type { Trigger } from "../nodes/start/startSchema";
import type { Flow } from "../schema/flowSchema";
import { startNodes } from "../graph/startNodes";
import { messageText } from "../text/messageText";
import { matchesKeyword } from "../text/normalizeText";

/**
 * How specific a trigger is. The runtime asks every published flow with `matchTrigger` and picks
 * the highest: an ad click beats a keyword, an exact keyword beats a contained one, anything beats
 * "any message".
 */
export const TRIGGER_SPECIFICITY = {
  ad: 40,
  keyword_exact: 30,
  keyword_contains: 20,
  any: 10,
  /** Only ever chosen by an API start, never by a message. */
  api: 0,
} as const;

export type TriggerMatchKind = keyof typeof TRIGGER_SPECIFICITY;

export interface TriggerMatch {
  nodeId: string;
  kind: TriggerMatchKind;
  specificity: number;
  keyword?: string;
}

function matchOne(
  trigger: Trigger,
  message: InboundMessage,
  text: string | undefined,
): Omit<TriggerMatch, "nodeId"> | null {
  switch (trigger.kind) {
    case "any":
      return { kind: "any", specificity: TRIGGER_SPECIFICITY.any };
    case "ad": {
      const adId = message.referral?.adId;
      if (message.referral === undefined) return null;
      if (trigger.adIds.length > 0 && (adId === undefined || !trigger.adIds.includes(adId)))
        return null;
      return { kind: "ad", specificity: TRIGGER_SPECIFICITY.ad };
    }
    case "keyword": {
      if (text === undefined) return null;
      const keyword = trigger.keywords.find((k) => matchesKeyword(text, k, trigger.match));
      if (keyword === undefined) return null;
      const kind = trigger.match === "exact" ? "keyword_exact" : "keyword_contains";
      return { kind, specificity: TRIGGER_SPECIFICITY[kind], keyword };
    }
    case "api":
      return null;
  }
}

/** Orders matches best first; ties keep document order (Array#sort is stable). */
export function compareTriggerMatches(a: TriggerMatch, b: TriggerMatch): number {
  return b.specificity - a.specificity;
}

/**
 * The start node this message (or API start) would begin a conversation at, or null. Pure; the
 * runtime asks each published flow and keeps the most specific match.
 */
export function matchTrigger(flow: Flow, input: InboundMessage | EngineInput): TriggerMatch | null {
  if ("type" in input) {
    if (input.type === "message") return matchTrigger(flow, input.message);
    if (input.type !== "api_start") return null;
    const starts = startNodes(flow);
    const start =
      input.startNodeId === undefined
        ? starts.find((n) => n.data.trigger.kind === "api")
        : starts.find((n) => n.id === input.startNodeId);
    return start === undefined
      ? null
      : { nodeId: start.id, kind: "api", specificity: TRIGGER_SPECIFICITY.api };
  }
  const message = input;
  const text = messageText(message);
  let best: TriggerMatch | null = null;
  for (const start of startNodes(flow)) {
    const match = matchOne(start.data.trigger, message, text);
    if (match !== null && (best === null || match.specificity > best.specificity))
      best = { nodeId: start.id, ...match };
  }
  return best;
}
