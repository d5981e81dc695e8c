import { visitNodeVariables } from "../nodes/dispatch";
import type { VariableRef } from "../nodes/nodeDefinition";
import { visitTemplate } from "../nodes/shared/visitVariables";
import type { Flow } from "../schema/flowSchema";
import type { FlowSettings } from "../schema/flowSettingsSchema";
import { isValidVariableName } from "../template/interpolate";

export interface VariableReference extends VariableRef {
  /** Absent for references in the flow's settings (e.g. the stop message). */
  nodeId?: string;
}

const SETTINGS_TEXTS = [
  "fallbackMessage",
  "inactivityMessage",
  "humanHandoffMessage",
  "stopMessage",
] as const;

function visitSettings(settings: FlowSettings, visit: (ref: VariableRef) => string): FlowSettings {
  const next = { ...settings };
  for (const key of SETTINGS_TEXTS)
    next[key] = visitTemplate(settings[key], `settings.${key}`, visit);
  return next;
}

/**
 * Every place a variable is read or written, for the canvas's Variables panel and highlighting.
 * Contact references appear as `contact.<field>`.
 */
export function findVariableReferences(flow: Flow): VariableReference[] {
  const refs: VariableReference[] = [];
  for (const node of flow.nodes) {
    visitNodeVariables(node, (ref) => {
      refs.push({ ...ref, nodeId: node.id });
      return ref.name;
    });
  }
  visitSettings(flow.settings, (ref) => {
    refs.push(ref);
    return ref.name;
  });
  return refs;
}

/** Declared in the Variables panel or written by some node. */
export function definedVariables(flow: Flow): Set<string> {
  const defined = new Set(flow.variables.map((v) => v.name));
  for (const ref of findVariableReferences(flow)) if (ref.access === "write") defined.add(ref.name);
  return defined;
}

/**
 * Renames a variable everywhere: declarations, `{{templates}}` (also `{{old.path}}`), fields that
 * name it, and calculations. Returns the same document when `newName` is not a valid name or nothing
 * refers to `oldName`.
 */
export function renameVariable(flow: Flow, oldName: string, newName: string): Flow {
  if (oldName === newName || !isValidVariableName(newName) || oldName.startsWith("contact."))
    return flow;
  let changed = false;
  const rename = (ref: VariableRef) => {
    if (ref.name !== oldName) return ref.name;
    changed = true;
    return newName;
  };
  const nodes = flow.nodes.map((node) => visitNodeVariables(node, rename));
  const settings = visitSettings(flow.settings, rename);
  const variables = flow.variables.map((v) => {
    if (v.name !== oldName) return v;
    changed = true;
    return { ...v, name: newName };
  });
  return changed ? { ...flow, nodes, settings, variables } : flow;
}
