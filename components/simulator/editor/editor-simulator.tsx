"use client";

import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useEditor, useEditorStore } from "@/components/editor/store/editor-store-context";
import { createProblemsSelector } from "@/components/editor/store/problems-selector";
import { nodeRegistry, type FlowNode } from "@/lib/flow";
import { ResizeHandle } from "../pane/resize-handle";
import { SimulatorPane } from "../pane/simulator-pane";
import { useStoredSize } from "../pane/use-stored-size";
import { useSimulatorHighlight } from "../simulator-highlight-store";
import { useSimulator } from "./use-simulator";

const WIDTH = { fallback: 400, min: 320, max: 720 };

function labelOf(node: FlowNode, locale: "en" | "tr"): string {
  const data: unknown = node.data;
  if (typeof data === "object" && data !== null && "label" in data) {
    const label = data.label;
    if (typeof label === "string" && label.trim() !== "") return label;
  }
  return nodeRegistry[node.type].meta.label[locale];
}

/**
 * The simulator beside the canvas: runs the draft on the canvas (unsaved changes included),
 * marks the path and the waiting node on the canvas, starts from the selected node and leads to
 * the Problems panel when the flow cannot run.
 */
export function EditorSimulator({
  slug,
  flowId,
  businessName,
  onSelectNode,
  onClose,
}: {
  slug: string;
  flowId: string;
  businessName: string;
  onSelectNode(nodeId: string): void;
  onClose(): void;
}) {
  const t = useTranslations("simulator.editor");
  const locale = useLocale() === "tr" ? "tr" : "en";
  const store = useEditorStore();
  const [width, setWidth] = useStoredSize(
    "sohbet.simulator.width",
    WIDTH.fallback,
    WIDTH.min,
    WIDTH.max,
  );
  const [debugOpen, setDebugOpen] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const getDocument = useCallback(() => store.getState().flow, [store]);
  const sim = useSimulator({ slug, flowId, getDocument, networkMessage: t("failed") });
  const { state, run } = sim;

  const selectedNodeId = useEditor((s) =>
    s.selectedNodeIds.size === 1 ? ([...s.selectedNodeIds][0] ?? null) : null,
  );
  const nodes = useEditor((s) => s.flow.nodes);
  const variables = useEditor((s) => s.flow.variables);
  const [problemsSelector] = useState(createProblemsSelector);
  const problems = useEditor(problemsSelector);
  const localErrors = problems.filter((p) => p.severity === "error").length;
  const blockingErrors = localErrors > 0 ? localErrors : (sim.blocked?.errors ?? 0);

  const labels = useMemo(
    () => new Map(nodes.map((node) => [node.id, labelOf(node, locale)])),
    [nodes, locale],
  );
  const nodeLabel = useCallback((id: string) => labels.get(id) ?? null, [labels]);
  const declaredVariables = useMemo(() => variables.map((v) => v.name), [variables]);

  // The canvas follows the conversation.
  const show = useSimulatorHighlight((h) => h.show);
  const clear = useSimulatorHighlight((h) => h.clear);
  useEffect(() => {
    if (state === null) return;
    show({
      waitingNodeId: state.status === "ended" ? null : (state.wait?.nodeId ?? null),
      nodeIds: state.path.nodeIds,
      edgeIds: state.path.edgeIds,
    });
  }, [state, show]);
  useEffect(() => clear, [clear]);

  // The canvas just lost the pane's width: show the whole flow again.
  const reactFlow = useReactFlow();
  const { fitView } = reactFlow;
  const flowStore = useStoreApi();
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      void fitView({ padding: 0.15, maxZoom: 1, duration: 300 });
    });
    return () => cancelAnimationFrame(frame);
  }, [fitView]);

  // The conversation moved to a node outside the visible canvas: bring it into view.
  const waitingNodeId = state?.status === "ended" ? null : (state?.wait?.nodeId ?? null);
  useEffect(() => {
    if (waitingNodeId === null) return;
    const node = reactFlow.getInternalNode(waitingNodeId);
    if (node === undefined) return;
    const { width, height, transform } = flowStore.getState();
    const [vx, vy, zoom] = transform;
    const w = node.measured.width ?? 0;
    const h = node.measured.height ?? 0;
    const { x, y } = node.internals.positionAbsolute;
    const left = x * zoom + vx;
    const top = y * zoom + vy;
    const visible = left >= 0 && top >= 0 && left + w * zoom <= width && top + h * zoom <= height;
    if (!visible) void reactFlow.setCenter(x + w / 2, y + h / 2, { zoom, duration: 300 });
  }, [waitingNodeId, reactFlow, flowStore]);

  return (
    <>
      <ResizeHandle
        orientation="vertical"
        edge="start"
        size={width}
        min={WIDTH.min}
        max={WIDTH.max}
        label={t("resize")}
        onResize={setWidth}
      />
      <div className="min-h-0 shrink-0 border-l" style={{ width }} data-testid="editor-simulator">
        <SimulatorPane
          businessName={businessName}
          state={state}
          extraEntries={sim.failure ? [sim.failure] : []}
          busy={sim.busy}
          blockingErrors={blockingErrors}
          clock={state?.clock ?? openedAt}
          selectedNodeId={selectedNodeId}
          debugOpen={debugOpen}
          declaredVariables={declaredVariables}
          nodeLabel={nodeLabel}
          onAction={(action) => run({ type: "customer", action })}
          onRestart={() => run({ type: "restart" })}
          onStartFromSelected={() => {
            if (selectedNodeId !== null) run({ type: "restart", startNodeId: selectedNodeId });
          }}
          onSkipDelay={() => run({ type: "skip_delay" })}
          onAdvanceClock={(ms) => run({ type: "advance_clock", ms })}
          onToggleDebug={() => setDebugOpen((open) => !open)}
          onSetVariable={(name, value) => run({ type: "set_variable", name, value })}
          onEditContact={(edit) => run({ type: "edit_contact", edit })}
          onShowProblems={() => store.getState().setSidebarTab("problems")}
          onSelectNode={onSelectNode}
          onClose={onClose}
        />
      </div>
    </>
  );
}
