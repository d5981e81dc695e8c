"use client";

import { useSimulatorHighlight } from "../simulator-highlight-store";

const WA_GREEN = "#25d366";

function id(value: string): string {
  return typeof CSS !== "undefined" && typeof CSS.escape === "function"
    ? CSS.escape(value)
    : value.replace(/["\\]/g, "\\$&");
}

/**
 * Marks the simulated path on the canvas: the waiting node pulses with a green ring, the nodes
 * passed get a quiet one and the edges taken turn green. Done with a stylesheet keyed on React
 * Flow's `data-id`s, so the canvas and the node cards need no simulator code at all.
 */
export function SimulatorCanvasHighlight() {
  const { waitingNodeId, nodeIds, edgeIds } = useSimulatorHighlight();
  if (waitingNodeId === null && nodeIds.length === 0 && edgeIds.length === 0) return null;
  const rules: string[] = [];
  if (nodeIds.length > 0) {
    const passed = nodeIds.map((n) => `.react-flow__node[data-id="${id(n)}"]`).join(",");
    rules.push(`${passed}{outline:2px solid ${WA_GREEN}66;outline-offset:3px;border-radius:14px}`);
  }
  if (waitingNodeId !== null) {
    rules.push(
      `.react-flow__node[data-id="${id(waitingNodeId)}"]{outline:3px solid ${WA_GREEN};outline-offset:4px;border-radius:14px;animation:sohbet-sim-wait 1.6s ease-in-out infinite}`,
      `@keyframes sohbet-sim-wait{0%,100%{outline-color:${WA_GREEN}}50%{outline-color:${WA_GREEN}55}}`,
      `@media (prefers-reduced-motion:reduce){.react-flow__node[data-id="${id(waitingNodeId)}"]{animation:none}}`,
    );
  }
  if (edgeIds.length > 0) {
    const taken = edgeIds
      .map((e) => `.react-flow__edge[data-id="${id(e)}"] .react-flow__edge-path`)
      .join(",");
    rules.push(`${taken}{stroke:${WA_GREEN};stroke-width:3}`);
  }
  return <style data-testid="simulator-canvas-highlight">{rules.join("\n")}</style>;
}
