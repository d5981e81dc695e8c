"use client";

import { useReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { createNode, type NodeType, type Position } from "@/lib/flow";
import { moveNodes } from "../store/document-actions";
import { useEditorStore } from "../store/editor-store-context";
import {
  copyFragment,
  fragmentOrigin,
  instantiateFragment,
  parseFragment,
  type FlowFragment,
} from "../store/flow-fragment";
import { interpolatePositions, layoutFlow } from "./auto-layout";
import { newId } from "./new-id";

export const GRID = 20;
const PASTE_OFFSET = 40;
const LAYOUT_MS = 450;
/** Where a new node's top-left goes relative to the point it is added at (roughly its centre). */
const NODE_HALF = { x: 130, y: 50 };

// The last copied fragment, for pasting when the system clipboard cannot be read.
let lastCopied: FlowFragment | null = null;

const snap = (value: number) => Math.round(value / GRID) * GRID;

/** The editing commands shared by keyboard shortcuts, the context menu and the palette. */
export function useEditorCommands() {
  const store = useEditorStore();
  const reactFlow = useReactFlow();

  return useMemo(() => {
    const takenNodeIds = () => new Set(store.getState().flow.nodes.map((node) => node.id));
    const takenEdgeIds = () => new Set(store.getState().flow.edges.map((edge) => edge.id));

    function viewportCentre(): Position {
      const pane = document.querySelector(".react-flow");
      const rect = pane?.getBoundingClientRect();
      if (rect === undefined) return { x: 0, y: 0 };
      return reactFlow.screenToFlowPosition({
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      });
    }

    /** Adds a node of `type` centred on `point` (flow coordinates), moved right off any node there. */
    function addNodeAt(type: NodeType, point: Position) {
      const { flow, measured } = store.getState();
      let position = { x: snap(point.x - NODE_HALF.x), y: snap(point.y - NODE_HALF.y) };
      const overlaps = (p: Position) =>
        flow.nodes.some((node) => {
          const size = measured.get(node.id) ?? { width: NODE_HALF.x * 2, height: NODE_HALF.y * 2 };
          return (
            p.x < node.position.x + size.width + GRID &&
            p.x + NODE_HALF.x * 2 + GRID > node.position.x &&
            p.y < node.position.y + size.height + GRID &&
            p.y + NODE_HALF.y * 2 + GRID > node.position.y
          );
        });
      for (let tries = 0; tries < 50 && overlaps(position); tries++) {
        position = { x: position.x + GRID * 2, y: position.y };
      }
      const node = createNode(type, newId(type, takenNodeIds()), position);
      store.getState().addNode(node);
      return node;
    }

    function pasteFragment(fragment: FlowFragment) {
      const flow = store.getState().flow;
      const origin = fragmentOrigin(fragment);
      const ids = new Set(flow.nodes.map((node) => node.id));
      // Into the flow it came from: beside the originals; into another flow: where the user looks.
      const fromHere = fragment.nodes.some((node) => ids.has(node.id));
      const centre = viewportCentre();
      let offset = fromHere
        ? { x: PASTE_OFFSET, y: PASTE_OFFSET }
        : {
            x: snap(centre.x - origin.x - NODE_HALF.x),
            y: snap(centre.y - origin.y - NODE_HALF.y),
          };
      const first = fragment.nodes[0]?.position ?? origin;
      const occupied = (dx: number, dy: number) =>
        flow.nodes.some((n) => n.position.x === first.x + dx && n.position.y === first.y + dy);
      // Pasting the same copy again lands beside the last paste, not on top of it.
      while (occupied(offset.x, offset.y)) {
        offset = { x: offset.x + PASTE_OFFSET, y: offset.y + PASTE_OFFSET };
      }
      const nodeIds = takenNodeIds();
      const edgeIds = takenEdgeIds();
      const { nodes, edges } = instantiateFragment(fragment, {
        newNodeId: (node) => {
          const id = newId(node.type, nodeIds);
          nodeIds.add(id);
          return id;
        },
        newEdgeId: () => {
          const id = newId("edge", edgeIds);
          edgeIds.add(id);
          return id;
        },
        offset,
      });
      store.getState().paste(nodes, edges);
    }

    function copySelection(): FlowFragment | null {
      const { flow, selectedNodeIds } = store.getState();
      const fragment = copyFragment(flow, selectedNodeIds);
      if (fragment !== null) lastCopied = fragment;
      return fragment;
    }

    return {
      addNodeAt,
      addNodeAtCentre: (type: NodeType) => addNodeAt(type, viewportCentre()),
      copySelection,
      /** For the context menu: the system clipboard, so another tab or flow can paste it. */
      async copyToClipboard() {
        const fragment = copySelection();
        if (fragment === null) return;
        try {
          await navigator.clipboard.writeText(JSON.stringify(fragment));
        } catch {
          // Without clipboard permission the in-page copy still works.
        }
      },
      pasteText(text: string): boolean {
        const fragment = parseFragment(text);
        if (fragment === null) return false;
        pasteFragment(fragment);
        return true;
      },
      async pasteFromClipboard() {
        let fragment: FlowFragment | null = null;
        try {
          fragment = parseFragment(await navigator.clipboard.readText());
        } catch {
          fragment = null;
        }
        fragment ??= lastCopied;
        if (fragment !== null) pasteFragment(fragment);
      },
      canPaste: () => lastCopied !== null,
      duplicateSelection() {
        const fragment = copyFragment(store.getState().flow, store.getState().selectedNodeIds);
        if (fragment !== null) pasteFragment(fragment);
      },
      deleteSelection: () => store.getState().deleteSelection(),
      selectAll() {
        const { flow } = store.getState();
        store.getState().select(
          flow.nodes.map((node) => node.id),
          flow.edges.map((edge) => edge.id),
        );
      },
      async autoLayout() {
        const { flow, measured } = store.getState();
        const target = await layoutFlow(flow, measured);
        const from = new Map(flow.nodes.map((node) => [node.id, node.position]));
        store.getState().beginGesture();
        const started = performance.now();
        await new Promise<void>((resolve) => {
          const frame = (now: number) => {
            const t = Math.min(1, (now - started) / LAYOUT_MS);
            const positions = interpolatePositions(from, target, t);
            store.getState().updateGesture((current) => moveNodes(current, positions));
            if (t < 1) requestAnimationFrame(frame);
            else resolve();
          };
          requestAnimationFrame(frame);
        });
        store.getState().endGesture();
        await reactFlow.fitView({ duration: 300, maxZoom: 1, padding: 0.15 });
      },
    };
  }, [store, reactFlow]);
}

export type EditorCommands = ReturnType<typeof useEditorCommands>;
