import { indexFlow } from "../graph/flowIndex";
import { validateNode } from "../nodes/dispatch";
import type { Flow } from "../schema/flowSchema";
import { loopRule } from "./loopRule";
import { problem, type Problem } from "./problem";
import { reachabilityRule } from "./reachabilityRule";
import { settingsRules } from "./settingsRules";
import { structureRules } from "./structureRules";
import { triggerRules } from "./triggerRules";
import { variableRules } from "./variableRules";
import { windowRule } from "./windowRule";

export interface ValidateOptions {
  /** Whether a flow id exists in the workspace, to check sub-flow jumps; unchecked when absent. */
  flowExists?: (flowId: string) => boolean;
}

/**
 * Everything wrong with a flow, for the canvas (red and amber marks) and for publishing (no errors
 * allowed). Deterministic; problem ids are stable.
 */
export function validateFlow(flow: Flow, options: ValidateOptions = {}): Problem[] {
  const index = indexFlow(flow);
  const problems: Problem[] = [...structureRules(index), ...triggerRules(index)];
  const ctx = {
    hasNode: (id: string) => index.nodeById.has(id),
    flowExists: (id: string) => options.flowExists?.(id),
    settings: flow.settings,
  };
  for (const node of flow.nodes) {
    for (const issue of validateNode(node, ctx)) {
      problems.push(problem({ ...issue, nodeId: node.id }));
    }
  }
  problems.push(
    ...reachabilityRule(index),
    ...variableRules(index),
    ...loopRule(index),
    ...windowRule(index),
    ...settingsRules(index),
  );
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}
