import type { ElkNode } from "elkjs/lib/elk-api";
import { outputPorts, type Flow, type Position } from "@/lib/flow";
import type { Size } from "../store/editor-store";

/** Size assumed for nodes the canvas has not measured yet. */
const DEFAULT_SIZE: Size = { width: 260, height: 120 };

/**
 * Left-to-right layered layout (elkjs) that keeps each node's outputs in their order (button 1
 * above button 2), so branches fan out the way they read on the card. Returns new top-left positions.
 */
export async function layoutFlow(
  flow: Flow,
  sizes: ReadonlyMap<string, Size>,
): Promise<Map<string, Position>> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  const nodeIds = new Set(flow.nodes.map((node) => node.id));
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": "48",
      "elk.layered.spacing.nodeNodeBetweenLayers": "96",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    },
    children: flow.nodes.map((node) => {
      const size = sizes.get(node.id) ?? DEFAULT_SIZE;
      return {
        id: node.id,
        width: size.width,
        height: size.height,
        layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
        ports: outputPorts(node).map((port, index) => ({
          id: `${node.id}\u0000${port.id}`,
          width: 1,
          height: 1,
          layoutOptions: { "elk.port.side": "EAST", "elk.port.index": String(index) },
        })),
      };
    }),
    edges: flow.edges
      .filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target))
      .filter((edge) => edge.source !== edge.target)
      .map((edge) => ({
        id: edge.id,
        sources: [`${edge.source}\u0000${edge.sourceHandle}`],
        targets: [edge.target],
      })),
  };
  const result = await elk.layout(graph);
  const positions = new Map<string, Position>();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}

/** Positions part of the way (0…1) from `from` to `to`, eased, for an animated layout. */
export function interpolatePositions(
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
  t: number,
): Map<string, Position> {
  const eased = 1 - (1 - t) ** 3;
  const result = new Map<string, Position>();
  for (const [id, end] of to) {
    const start = from.get(id) ?? end;
    result.set(id, {
      x: Math.round(start.x + (end.x - start.x) * eased),
      y: Math.round(start.y + (end.y - start.y) * eased),
    });
  }
  return result;
}
