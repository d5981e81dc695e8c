"use client";

import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  useStore as useFlowStore,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
  type NodeChange,
  type NodeTypes,
  type OnConnect,
  type OnConnectEnd,
} from "@xyflow/react";
import { useLocale, useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { useCallback, useMemo, useState, type DragEvent } from "react";
import { toast } from "sonner";
import { cn } from "@/components/ui/cn";
import { connectionRefusal, isNodeType, nodeRegistry, type Position } from "@/lib/flow";
import { isZoomedOut } from "../is-zoomed-out";
import { groupStyle } from "../node-group-style";
import { moveNodes } from "../store/document-actions";
import type { Size } from "../store/editor-store";
import { useEditor, useEditorStore } from "../store/editor-store-context";
import { CanvasContextMenu, type MenuTarget } from "./canvas-context-menu";
import { farZoomCss } from "./far-zoom-style";
import { newId } from "./new-id";
import { PALETTE_DRAG_TYPE } from "./palette-drag";
import { createElementMapper, type CanvasEdge, type CanvasNode } from "./react-flow-elements";
import { GRID, useEditorCommands } from "./use-editor-commands";
import { useCanvasShortcuts } from "./use-canvas-shortcuts";

interface FlowCanvasProps {
  nodeTypes: NodeTypes;
  readOnly: boolean;
}

const SNAP_GRID: [number, number] = [GRID, GRID];
// React Flow's own colours follow the app's tokens, so light and dark match the rest of the UI.
const canvasTheme = cn(
  "[--xy-background-color:var(--background)] [--xy-background-pattern-color:var(--input)]",
  "[--xy-edge-stroke:var(--muted-foreground)] [--xy-edge-stroke-selected:var(--primary)]",
  "[--xy-connectionline-stroke:var(--primary)]",
  "[--xy-minimap-background-color:var(--card)]",
  "[--xy-minimap-mask-background-color:color-mix(in_oklab,var(--muted)_75%,transparent)]",
  "[--xy-controls-button-background-color:var(--card)] [--xy-controls-button-color:var(--foreground)]",
  "[--xy-controls-button-background-color-hover:var(--muted)] [--xy-controls-button-border-color:var(--border)]",
  "[--xy-selection-background-color:color-mix(in_oklab,var(--primary)_10%,transparent)] [--xy-selection-border:1px_dashed_var(--primary)]",
);
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.15 };
const DEFAULT_EDGE_OPTIONS = { type: "smoothstep", interactionWidth: 16 };

function minimapColor(node: CanvasNode): string {
  return node.type !== undefined && isNodeType(node.type)
    ? groupStyle[nodeRegistry[node.type].meta.group].minimap
    : "#94a3b8";
}

/** The node under the pointer, for connections dropped on a card instead of on its handle. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = "changedTouches" in event ? event.changedTouches[0] : event;
  if (point === undefined) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest(".react-flow__node")?.getAttribute("data-id") ?? null;
}

export function FlowCanvas({ nodeTypes, readOnly }: FlowCanvasProps) {
  const t = useTranslations("editor");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const { resolvedTheme } = useTheme();
  const store = useEditorStore();
  const reactFlow = useReactFlow();
  const commands = useEditorCommands();
  const [menuTarget, setMenuTarget] = useState<MenuTarget>({ kind: "pane" });
  const far = useFlowStore(isZoomedOut);

  const flowNodes = useEditor((state) => state.flow.nodes);
  const flowEdges = useEditor((state) => state.flow.edges);
  const selectedNodeIds = useEditor((state) => state.selectedNodeIds);
  const selectedEdgeIds = useEditor((state) => state.selectedEdgeIds);
  const measured = useEditor((state) => state.measured);
  const [mapper] = useState(createElementMapper);
  const nodes = useMemo(
    () => mapper.toNodes(flowNodes, selectedNodeIds, measured, !readOnly),
    [mapper, flowNodes, selectedNodeIds, measured, readOnly],
  );
  const edges = useMemo(
    () => mapper.toEdges(flowEdges, selectedEdgeIds),
    [mapper, flowEdges, selectedEdgeIds],
  );

  useCanvasShortcuts(commands, readOnly);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const positions = new Map<string, Position>();
      const selection = new Map<string, boolean>();
      const sizes = new Map<string, Size>();
      for (const change of changes) {
        if (change.type === "position" && change.position !== undefined) {
          positions.set(change.id, change.position);
        } else if (change.type === "select") {
          selection.set(change.id, change.selected);
        } else if (change.type === "dimensions" && change.dimensions !== undefined) {
          sizes.set(change.id, change.dimensions);
        }
        // "remove" is ignored: deleting goes through one store action (one undo step).
      }
      const state = store.getState();
      if (sizes.size > 0) state.setMeasured(sizes);
      if (selection.size > 0) state.setSelection({ nodes: selection });
      if (positions.size > 0 && !readOnly) {
        if (state.gestureStart !== null) state.updateGesture((flow) => moveNodes(flow, positions));
        else state.moveNodes(positions);
      }
    },
    [store, readOnly],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => {
      const selection = new Map<string, boolean>();
      for (const change of changes) {
        if (change.type === "select") selection.set(change.id, change.selected);
      }
      if (selection.size > 0) store.getState().setSelection({ edges: selection });
    },
    [store],
  );

  const refuse = useCallback(
    (message: { en: string; tr: string }) => {
      toast.error(t("connectRefused"), { description: message[locale], id: "connect-refused" });
    },
    [t, locale],
  );

  const tryConnect = useCallback(
    (source: string, sourceHandle: string, target: string) => {
      const state = store.getState();
      const taken = new Set(state.flow.edges.map((edge) => edge.id));
      const result = state.connect({ id: newId("edge", taken), source, sourceHandle, target });
      if (!result.ok) refuse(result.refusal.message);
    },
    [store, refuse],
  );

  const onConnect: OnConnect = useCallback(
    (connection) => {
      if (connection.sourceHandle === null || connection.sourceHandle === undefined) return;
      tryConnect(connection.source, connection.sourceHandle, connection.target);
    },
    [tryConnect],
  );

  const isValidConnection: IsValidConnection<CanvasEdge> = useCallback(
    (connection) =>
      typeof connection.sourceHandle === "string" &&
      connectionRefusal(store.getState().flow, {
        source: connection.source,
        sourceHandle: connection.sourceHandle,
        target: connection.target,
      }) === null,
    [store],
  );

  const onConnectEnd: OnConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.fromHandle === null || state.fromHandle.type !== "source") return;
      const source = state.fromHandle.nodeId;
      const sourceHandle = state.fromHandle.id;
      if (typeof sourceHandle !== "string") return;
      if (state.toHandle !== null && state.isValid === false) {
        // Dropped on a handle that isValidConnection refused: say why.
        const refusal = connectionRefusal(store.getState().flow, {
          source,
          sourceHandle,
          target: state.toHandle.nodeId,
        });
        if (refusal !== null) refuse(refusal.message);
        return;
      }
      if (state.toHandle !== null) return;
      // Dropped on a card's body: connect to that node, as marketers expect.
      const target = nodeIdAt(event);
      if (target !== null) tryConnect(source, sourceHandle, target);
    },
    [store, refuse, tryConnect],
  );

  const onDragOver = useCallback(
    (event: DragEvent) => {
      if (readOnly || !event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    },
    [readOnly],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (readOnly || !isNodeType(type)) return;
      event.preventDefault();
      commands.addNodeAt(
        type,
        reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      );
    },
    [readOnly, commands, reactFlow],
  );

  const beginGesture = useCallback(() => store.getState().beginGesture(), [store]);
  const endGesture = useCallback(() => store.getState().endGesture(), [store]);

  const onNodeContextMenu = useCallback(
    (_event: React.MouseEvent, node: CanvasNode) => {
      if (!store.getState().selectedNodeIds.has(node.id)) store.getState().select([node.id]);
      setMenuTarget({ kind: "node", nodeId: node.id });
    },
    [store],
  );
  const onEdgeContextMenu = useCallback(
    (_event: React.MouseEvent, edge: CanvasEdge) => {
      store.getState().select([], [edge.id]);
      setMenuTarget({ kind: "edge", edgeId: edge.id });
    },
    [store],
  );
  const onPaneContextMenu = useCallback(() => setMenuTarget({ kind: "pane" }), []);

  return (
    <CanvasContextMenu target={menuTarget} commands={commands} readOnly={readOnly}>
      <div
        className={cn("sohbet-canvas h-full w-full", canvasTheme)}
        data-zoom={far ? "far" : "near"}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        <style>{farZoomCss}</style>
        <ReactFlow<CanvasNode, CanvasEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeDragStart={beginGesture}
          onNodeDragStop={endGesture}
          onSelectionDragStart={beginGesture}
          onSelectionDragStop={endGesture}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onSelectionContextMenu={onPaneContextMenu}
          defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
          connectionLineType={ConnectionLineType.SmoothStep}
          fitView
          fitViewOptions={FIT_VIEW_OPTIONS}
          minZoom={0.1}
          maxZoom={2}
          snapToGrid
          snapGrid={SNAP_GRID}
          colorMode={resolvedTheme === "dark" ? "dark" : "light"}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={false}
          elementsSelectable
          selectionMode={SelectionMode.Partial}
          deleteKeyCode={null}
          disableKeyboardA11y
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.5} />
          <Controls showInteractive={false} position="bottom-left" />
          <MiniMap<CanvasNode>
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeBorderRadius={6}
            className="!rounded-lg !border !shadow-sm"
            ariaLabel={t("minimap")}
          />
        </ReactFlow>
      </div>
    </CanvasContextMenu>
  );
}
