import type { Edge, Node } from "@xyflow/react";
import type { FlowEdge, FlowNode } from "@/lib/flow";
import type { Size } from "../store/editor-store";

/** A flow node as React Flow sees it: the document node plus selection and measured size. */
export type CanvasNode = Node<FlowNode["data"]>;
export type CanvasEdge = Edge;

interface NodeEntry {
  selected: boolean;
  size: Size | undefined;
  draggable: boolean;
  node: CanvasNode;
}
interface EdgeEntry {
  selected: boolean;
  edge: CanvasEdge;
}

/**
 * Maps document nodes and edges to React Flow's, reusing the previous object whenever nothing
 * about an element changed: React Flow then re-renders only the nodes that moved or changed,
 * which keeps dragging one node in a 1,000-node flow cheap.
 */
export function createElementMapper() {
  const nodeCache = new WeakMap<FlowNode, NodeEntry>();
  const edgeCache = new WeakMap<FlowEdge, EdgeEntry>();

  function toNodes(
    nodes: readonly FlowNode[],
    selected: ReadonlySet<string>,
    measured: ReadonlyMap<string, Size>,
    draggable: boolean,
  ): CanvasNode[] {
    return nodes.map((node) => {
      const isSelected = selected.has(node.id);
      const size = measured.get(node.id);
      const cached = nodeCache.get(node);
      if (
        cached !== undefined &&
        cached.selected === isSelected &&
        cached.size === size &&
        cached.draggable === draggable
      ) {
        return cached.node;
      }
      const canvasNode: CanvasNode = {
        id: node.id,
        type: node.type,
        position: node.position,
        data: node.data,
        selected: isSelected,
        draggable,
        ...(size === undefined ? {} : { measured: size }),
      };
      nodeCache.set(node, { selected: isSelected, size, draggable, node: canvasNode });
      return canvasNode;
    });
  }

  function toEdges(edges: readonly FlowEdge[], selected: ReadonlySet<string>): CanvasEdge[] {
    return edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const cached = edgeCache.get(edge);
      if (cached !== undefined && cached.selected === isSelected) return cached.edge;
      const canvasEdge: CanvasEdge = {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        targetHandle: edge.targetHandle ?? null,
        selected: isSelected,
      };
      edgeCache.set(edge, { selected: isSelected, edge: canvasEdge });
      return canvasEdge;
    });
  }

  return { toNodes, toEdges };
}
