import type { InboundMessage } from "../io";
import type { Flow } from "../schema/flowSchema";
import { matchesKeyword } from "../text/normalizeText";

export type GlobalKeywordAction = "restart" | "human" | "stop";

/**
 * A flow's global keywords interrupt anywhere. They match the whole message (folded), so "stop"
 * fires on "STOP!" but not on "don't stop sending me deals". Stop is checked first: opting out
 * must never lose to anything else.
 */
export function matchGlobalKeyword(
  flow: Flow,
  message: InboundMessage,
): { action: GlobalKeywordAction; keyword: string } | null {
  if (message.kind !== "text") return null;
  const { restart, human, stop } = flow.settings.globalKeywords;
  const lists: [GlobalKeywordAction, string[]][] = [
    ["stop", stop],
    ["human", human],
    ["restart", restart],
  ];
  for (const [action, keywords] of lists) {
    const keyword = keywords.find((k) => matchesKeyword(message.text, k, "exact"));
    if (keyword !== undefined) return { action, keyword };
  }
  return null;
}
