import { validateFlow, type Flow, type Problem } from "@/lib/flow";
import type { EditorState } from "./editor-store";

/** Validation ignores positions; a drag only moves nodes, so it need not re-validate. */
export function sameExceptPositions(a: Flow, b: Flow): boolean {
  if (a === b) return true;
  if (a.edges !== b.edges || a.variables !== b.variables || a.settings !== b.settings) return false;
  if (a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i];
    return (
      node === other || (other !== undefined && node.id === other.id && node.data === other.data)
    );
  });
}

/**
 * A store selector for the flow's problems that returns the same array while nothing relevant
 * changed, so subscribers re-render only when the problems can differ.
 */
export function createProblemsSelector(): (state: EditorState) => Problem[] {
  let last: { flow: Flow; problems: Problem[] } | null = null;
  return (state) => {
    if (last !== null && sameExceptPositions(last.flow, state.flow)) {
      last = { flow: state.flow, problems: last.problems };
      return last.problems;
    }
    last = { flow: state.flow, problems: validateFlow(state.flow) };
    return last.problems;
  };
}

/**
 * A store selector for the flow that ignores moves: it returns the previous flow object while only
 * positions changed, so panels (inspector, variables) do not re-render on every drag frame.
 */
export function createStructuralFlowSelector(): (state: EditorState) => Flow {
  let last: Flow | null = null;
  return (state) => {
    if (last === null || !sameExceptPositions(last, state.flow)) last = state.flow;
    return last;
  };
}
