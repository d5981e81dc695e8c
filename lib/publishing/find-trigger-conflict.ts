import { startNodes, triggerClaims, type Flow, type Localized } from "@/lib/flow";

export interface TriggerConflict {
  flowId: string;
  flowName: string;
  /** The trigger both flows claim, e.g. `the keyword "menu"`. */
  trigger: Localized;
}

function customerClaims(flow: Flow) {
  // API starts are addressed by flow id, so two flows can both have one.
  return startNodes(flow)
    .flatMap(triggerClaims)
    .filter((claim) => claim.key !== "api");
}

/**
 * The first live flow that already answers a message `flow` would also answer, with the same
 * trigger semantics as the in-flow duplicate check. The runtime could not choose between them.
 */
export function findTriggerConflict(
  flow: Flow,
  live: { flowId: string; flowName: string; document: Flow }[],
): TriggerConflict | null {
  const mine = customerClaims(flow);
  for (const other of live) {
    const theirs = new Set(customerClaims(other.document).map((claim) => claim.key));
    const clash = mine.find((claim) => theirs.has(claim.key));
    if (clash) return { flowId: other.flowId, flowName: other.flowName, trigger: clash.shown };
  }
  return null;
}
