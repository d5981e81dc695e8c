/**
 * A message with no running session: the live flow whose start trigger matches best starts
 * (ad click > exact keyword > contained keyword > any message). With no match, a global
 * keyword (stop, human) still reaches the first flow that has it.
 */
import {
  compareTriggerMatches,
  matchGlobalKeyword,
  matchTrigger,
  type Flow,
  type InboundMessage,
  type TriggerMatch,
} from "@/lib/flow";
import type { LiveFlow } from "../sources";
import { parsedVersion } from "./flow-cache";

export interface RoutedFlow {
  live: LiveFlow;
  flow: Flow;
}

export function routeMessage(live: LiveFlow[], message: InboundMessage): RoutedFlow | null {
  let best: (RoutedFlow & { match: TriggerMatch }) | null = null;
  const parsed: RoutedFlow[] = [];
  for (const lf of live) {
    const flow = parsedVersion(lf.versionId, lf.document);
    if (!flow) continue;
    parsed.push({ live: lf, flow });
    const match = matchTrigger(flow, message);
    if (match && (!best || compareTriggerMatches(match, best.match) < 0)) {
      best = { live: lf, flow, match };
    }
  }
  if (best) return { live: best.live, flow: best.flow };
  return parsed.find((p) => matchGlobalKeyword(p.flow, message) !== null) ?? null;
}
