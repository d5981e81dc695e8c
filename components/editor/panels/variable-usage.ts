import { findVariableReferences, type Flow } from "@/lib/flow";

export interface VariableUsage {
  /** Places that read or write the variable (a node field or a flow setting). */
  count: number;
  nodeIds: string[];
}

/** How often each variable (by root name, contact fields excluded) is used in the flow. */
export function variableUsage(flow: Flow): Map<string, VariableUsage> {
  const usage = new Map<string, VariableUsage>();
  for (const ref of findVariableReferences(flow)) {
    if (ref.name.startsWith("contact.")) continue;
    const entry = usage.get(ref.name) ?? { count: 0, nodeIds: [] };
    entry.count++;
    if (ref.nodeId !== undefined && !entry.nodeIds.includes(ref.nodeId))
      entry.nodeIds.push(ref.nodeId);
    usage.set(ref.name, entry);
  }
  return usage;
}
