"use client";

import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { ArrowLeft, Eye, FileWarning } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { DiscountPoolsProvider } from "@/components/discounts/discount-pools-context";
import { PublishButton } from "@/components/publishing/publish-button";
import { EditorSimulator } from "@/components/simulator/editor/editor-simulator";
import { SimulatorCanvasHighlight } from "@/components/simulator/editor/simulator-canvas-highlight";
import { SimulatorToggle } from "@/components/simulator/editor/simulator-toggle";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { parseFlow } from "@/lib/flow";
import { FlowCanvas } from "./canvas/flow-canvas";
import { useEditorCommands } from "./canvas/use-editor-commands";
import { EditorToolbar } from "./header/editor-toolbar";
import { flowNodeTypes } from "./nodes/flow-node-types";
import { NodeProblemsProvider } from "./nodes/node-problems-context";
import { NodePalette } from "./palette/node-palette";
import { ConflictDialog } from "./save/conflict-dialog";
import { SaveIndicator } from "./save/save-indicator";
import { useAutosave } from "./save/use-autosave";
import { EditorSidebar } from "./sidebar/editor-sidebar";
import { EditorStoreProvider, useEditor, useEditorStore } from "./store/editor-store-context";
import { createProblemsSelector } from "./store/problems-selector";

const subscribeNothing = () => () => {};

interface FlowEditorProps {
  slug: string;
  flow: { id: string; name: string; document: unknown; revision: number };
  readOnly: boolean;
  /** The workspace's name: the business the simulator's chat is with. */
  businessName?: string;
}

export function FlowEditor({ slug, flow, readOnly, businessName }: FlowEditorProps) {
  const t = useTranslations("editor");
  const parsed = useMemo(() => parseFlow(flow.document), [flow.document]);
  return (
    <div className="flex h-dvh flex-col">
      {parsed.ok ? (
        <DiscountPoolsProvider slug={slug}>
          <EditorStoreProvider flow={parsed.flow} revision={flow.revision}>
            <ReactFlowProvider>
              <EditorLayout
                slug={slug}
                flowId={flow.id}
                name={flow.name}
                readOnly={readOnly}
                businessName={businessName ?? flow.name}
              />
            </ReactFlowProvider>
          </EditorStoreProvider>
        </DiscountPoolsProvider>
      ) : (
        <>
          <EditorHeader slug={slug} name={flow.name} readOnly={readOnly} />
          <div className="text-muted-foreground grid flex-1 place-items-center p-8 text-center text-sm">
            <div className="grid max-w-md justify-items-center gap-2">
              <FileWarning className="text-destructive size-8" />
              <p className="text-foreground font-medium">{t("brokenDocument")}</p>
              <p>
                {parsed.issues[0]?.path}: {parsed.issues[0]?.message}
              </p>
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function EditorHeader({
  slug,
  name,
  readOnly,
  children,
}: {
  slug: string;
  name: string;
  readOnly: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations("editor");
  return (
    <header className="bg-card flex h-14 shrink-0 items-center gap-3 border-b px-3">
      <Button asChild variant="ghost" size="icon-sm" aria-label={t("back")}>
        <Link href={`/w/${slug}/flows`}>
          <ArrowLeft />
        </Link>
      </Button>
      <h1 className="truncate font-semibold" data-testid="editor-flow-name">
        {name}
      </h1>
      {readOnly ? (
        <Badge>
          <Eye className="size-3" />
          {t("readOnly")}
        </Badge>
      ) : null}
      {children}
    </header>
  );
}

function EditorLayout({
  slug,
  flowId,
  name,
  readOnly,
  businessName,
}: {
  slug: string;
  flowId: string;
  name: string;
  readOnly: boolean;
  businessName: string;
}) {
  const store = useEditorStore();
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const reactFlow = useReactFlow();
  const commands = useEditorCommands();
  const { reload, overwrite } = useAutosave({ slug, flowId, enabled: !readOnly });
  const [problemsSelector] = useState(createProblemsSelector);
  const problems = useEditor(problemsSelector);
  // The canvas needs the browser to measure its nodes: rendering a big flow on the server only
  // costs HTML and hydration time.
  const onClient = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const selectNode = useCallback(
    (nodeId: string) => {
      store.getState().select([nodeId]);
      const node = reactFlow.getInternalNode(nodeId);
      if (node === undefined) return;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      void reactFlow.setCenter(
        node.internals.positionAbsolute.x + width / 2,
        node.internals.positionAbsolute.y + height / 2,
        { zoom: Math.max(reactFlow.getZoom(), 0.9), duration: 400 },
      );
    },
    [store, reactFlow],
  );

  return (
    <>
      <EditorHeader slug={slug} name={name} readOnly={readOnly}>
        {readOnly ? null : <SaveIndicator />}
        <div className="ml-auto flex items-center gap-2">
          <EditorToolbar flowName={name} readOnly={readOnly} commands={commands} />
          <SimulatorToggle open={simulatorOpen} onToggle={() => setSimulatorOpen((o) => !o)} />
          <PublishButton slug={slug} flowId={flowId} readOnly={readOnly} />
        </div>
      </EditorHeader>
      <div className="flex min-h-0 flex-1">
        {readOnly ? null : <NodePalette onAdd={commands.addNodeAtCentre} />}
        <main className="relative min-w-0 flex-1" data-testid="flow-canvas">
          {onClient ? (
            <NodeProblemsProvider problems={problems} readOnly={readOnly}>
              <FlowCanvas nodeTypes={flowNodeTypes} readOnly={readOnly} />
            </NodeProblemsProvider>
          ) : null}
          {simulatorOpen ? <SimulatorCanvasHighlight /> : null}
        </main>
        {simulatorOpen ? (
          <EditorSimulator
            slug={slug}
            flowId={flowId}
            businessName={businessName}
            onSelectNode={selectNode}
            onClose={() => setSimulatorOpen(false)}
          />
        ) : null}
        <EditorSidebar problems={problems} readOnly={readOnly} onSelectNode={selectNode} />
      </div>
      {readOnly ? null : <ConflictDialog onReload={reload} onOverwrite={overwrite} />}
    </>
  );
}
