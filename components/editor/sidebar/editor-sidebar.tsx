"use client";

import { useTranslations } from "next-intl";
import { Tabs as T } from "radix-ui";
import { memo, useCallback, useState } from "react";
import { cn } from "@/components/ui/cn";
import { indexFlow, type Flow, type FlowNode, type Problem } from "@/lib/flow";
import { NodeInspector } from "../inspector/node-inspector";
import { FlowSettingsPanel } from "../panels/flow-settings-panel";
import { ProblemsPanel } from "../panels/problems-panel";
import { VariablesPanel } from "../panels/variables-panel";
import type { SidebarTab } from "../store/editor-store";
import { useEditor, useEditorStore } from "../store/editor-store-context";
import { createStructuralFlowSelector } from "../store/problems-selector";

interface EditorSidebarProps {
  problems: Problem[];
  readOnly: boolean;
  onSelectNode: (nodeId: string) => void;
}

const tabClass =
  "text-muted-foreground data-[state=active]:text-foreground data-[state=active]:after:bg-primary relative flex h-10 items-center gap-1.5 px-2 text-sm font-medium transition-colors after:absolute after:inset-x-1 after:bottom-0 after:h-0.5 after:rounded-full disabled:opacity-40 hover:text-foreground";

/** The panels see a flow that ignores moves, so dragging a node does not re-render them. */
function useStructuralFlow() {
  const [flowSelector] = useState(createStructuralFlowSelector);
  return useEditor(flowSelector);
}

function FlowVariables({ readOnly }: { readOnly: boolean }) {
  const store = useEditorStore();
  const flow = useStructuralFlow();
  // One undo step per pause in typing a name.
  const onChange = useCallback(
    (next: Flow) => store.getState().replaceFlow(next, { coalesceKey: "variables" }),
    [store],
  );
  return <VariablesPanel flow={flow} readOnly={readOnly} onChange={onChange} />;
}

function FlowSettings({ problems, readOnly }: { problems: Problem[]; readOnly: boolean }) {
  const store = useEditorStore();
  const flow = useStructuralFlow();
  const onChange = useCallback((next: Flow) => store.getState().replaceFlow(next), [store]);
  return (
    <FlowSettingsPanel flow={flow} problems={problems} readOnly={readOnly} onChange={onChange} />
  );
}

function FlowProblems({
  problems,
  onSelectNode,
}: {
  problems: Problem[];
  onSelectNode: (nodeId: string) => void;
}) {
  const flow = useStructuralFlow();
  return <ProblemsPanel flow={flow} problems={problems} onSelectNode={onSelectNode} />;
}

/** The selected node's form; the flow it sees ignores moves, so a drag does not re-render it. */
function SelectedNodeInspector({
  nodeId,
  problems,
  readOnly,
}: {
  nodeId: string;
  problems: Problem[];
  readOnly: boolean;
}) {
  const store = useEditorStore();
  const flow = useStructuralFlow();
  const node = indexFlow(flow).nodeById.get(nodeId);
  const onChange = useCallback(
    (data: FlowNode["data"]) => store.getState().updateNodeData(nodeId, data),
    [store, nodeId],
  );
  if (node === undefined) return null;
  return (
    <NodeInspector
      key={nodeId}
      flow={flow}
      node={node}
      problems={problems}
      readOnly={readOnly}
      onChange={onChange}
    />
  );
}

/** Right sidebar: the selected step's settings, the flow's variables and settings, its problems. */
export const EditorSidebar = memo(function EditorSidebar({
  problems,
  readOnly,
  onSelectNode,
}: EditorSidebarProps) {
  const t = useTranslations("editor.sidebar");
  const store = useEditorStore();
  const selectedNodeId = useEditor((state) =>
    state.selectedNodeIds.size === 1 ? ([...state.selectedNodeIds][0] ?? null) : null,
  );
  const stored = useEditor((state) => state.sidebarTab);
  const tab: SidebarTab = stored === "node" && selectedNodeId === null ? "variables" : stored;
  const errors = problems.filter((problem) => problem.severity === "error").length;
  return (
    <aside className="bg-card flex w-[22rem] shrink-0 flex-col border-l" aria-label={t("label")}>
      <T.Root
        value={tab}
        onValueChange={(value) => {
          if (
            value === "node" ||
            value === "variables" ||
            value === "settings" ||
            value === "problems"
          ) {
            store.getState().setSidebarTab(value);
          }
        }}
        className="flex min-h-0 flex-1 flex-col"
      >
        <T.List className="flex shrink-0 gap-1 border-b px-2" aria-label={t("label")}>
          <T.Trigger value="node" disabled={selectedNodeId === null} className={tabClass}>
            {t("step")}
          </T.Trigger>
          <T.Trigger value="variables" className={tabClass}>
            {t("variables")}
          </T.Trigger>
          <T.Trigger value="settings" className={tabClass}>
            {t("settings")}
          </T.Trigger>
          <T.Trigger value="problems" className={tabClass}>
            {t("problems")}
            {problems.length > 0 ? (
              <span
                className={cn(
                  "rounded-full px-1.5 text-[11px] leading-4 font-semibold",
                  errors > 0 ? "bg-destructive/10 text-destructive" : "bg-warning-soft",
                )}
                data-testid="problems-count"
              >
                {problems.length}
              </span>
            ) : null}
          </T.Trigger>
        </T.List>
        <T.Content value="node" className="min-h-0 flex-1 overflow-y-auto">
          {selectedNodeId === null ? null : (
            <SelectedNodeInspector
              nodeId={selectedNodeId}
              problems={problems}
              readOnly={readOnly}
            />
          )}
        </T.Content>
        <T.Content value="variables" className="min-h-0 flex-1 overflow-y-auto">
          <FlowVariables readOnly={readOnly} />
        </T.Content>
        <T.Content value="settings" className="min-h-0 flex-1 overflow-y-auto">
          <FlowSettings problems={problems} readOnly={readOnly} />
        </T.Content>
        <T.Content
          value="problems"
          className="min-h-0 flex-1 overflow-y-auto"
          data-testid="problems-list"
        >
          <FlowProblems problems={problems} onSelectNode={onSelectNode} />
        </T.Content>
      </T.Root>
    </aside>
  );
});
