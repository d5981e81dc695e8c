import { nodeRegistry, nodeTypes } from "@/lib/flow";
import { groupStyle } from "../node-group-style";

/**
 * Zoomed far out (isZoomedOut, which the canvas marks as data-zoom="far"), cards are painted as
 * tinted boxes in their group's colour instead of their content. Painting 1,000 cards' text and icons is what made panning a big flow slow; the content
 * stays laid out (visibility, not display) so handles keep their measured places.
 */
export const farZoomCss = [
  `.sohbet-canvas[data-zoom="far"] .react-flow__node [data-testid="node-card"] * { visibility: hidden; }`,
  ...nodeTypes.map(
    (type) =>
      `.sohbet-canvas[data-zoom="far"] .react-flow__node-${type} [data-testid="node-card"] { background: color-mix(in oklab, ${groupStyle[nodeRegistry[type].meta.group].minimap} 22%, var(--card)); box-shadow: none; }`,
  ),
].join("\n");
