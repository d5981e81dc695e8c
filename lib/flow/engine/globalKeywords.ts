import type { InboundMessage } from "../io";
import type { Flow } from "../schema/flowSchema";
import type { FlowSettings } from "../schema/flowSettingsSchema";
import { normalizeText } from "../text/normalizeText";

export type GlobalKeywordAction = "restart" | "human" | "stop";

type Folded = { action: GlobalKeywordAction; keyword: string; folded: string }[];

// Every customer message is checked against these, so fold the keywords once per settings object.
const cache = new WeakMap<FlowSettings["globalKeywords"], Folded>();

function folded(keywords: FlowSettings["globalKeywords"]): Folded {
  let list = cache.get(keywords);
  if (list === undefined) {
    // Stop first: opting out must never lose to anything else.
    const order: GlobalKeywordAction[] = ["stop", "human", "restart"];
    list = order.flatMap((action) =>
      keywords[action]
        .map((keyword) => ({ action, keyword, folded: normalizeText(keyword) }))
        .filter((k) => k.folded !== ""),
    );
    cache.set(keywords, list);
  }
  return list;
}

/**
 * A flow's global keywords interrupt anywhere. They match the whole message (folded), so "stop"
 * fires on "STOP!" but not on "don't stop sending me deals".
 */
export function matchGlobalKeyword(
  flow: Flow,
  message: InboundMessage,
): { action: GlobalKeywordAction; keyword: string } | null {
  if (message.kind !== "text") return null;
  const list = folded(flow.settings.globalKeywords);
  if (list.length === 0) return null;
  const text = normalizeText(message.text);
  const hit = list.find((k) => k.folded === text);
  return hit === undefined ? null : { action: hit.action, keyword: hit.keyword };
}
