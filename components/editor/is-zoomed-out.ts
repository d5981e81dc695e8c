import type { ReactFlowState } from "@xyflow/react";

/**
 * Below this zoom card text is under 5 px tall: screenshots of a 30-node flow read fine at 0.45,
 * just at 0.4 and not at all at 0.35.
 */
export const ZOOMED_OUT_BELOW = 0.4;

/**
 * React Flow store selector: is the canvas zoomed out so far that cards stop showing their
 * content? The one answer both the canvas's tinted-box style and each card's hidden texts use, so
 * no zoom shows one without the other. A boolean, so subscribers re-render only when the zoom
 * crosses the threshold.
 */
export function isZoomedOut(state: Pick<ReactFlowState, "transform">): boolean {
  return state.transform[2] < ZOOMED_OUT_BELOW;
}
