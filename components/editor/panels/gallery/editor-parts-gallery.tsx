"use client";

import { Background, Controls, ReactFlow, ReactFlowProvider, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import { flowNodeSchema, validateFlow, type Flow, type FlowNode } from "@/lib/flow";
import { NodeInspector } from "../../inspector/node-inspector";
import { ProblemsPanel } from "../problems-panel";
import { VariablesPanel } from "../variables-panel";
import { flowNodeTypes } from "../../nodes/flow-node-types";
import { NodeProblemsProvider } from "../../nodes/node-problems-context";
import { galleryFlow } from "./gallery-flow";

/**
 * Development-only gallery (app/dev/editor-parts): every node card on a canvas, with the parts the
 * editor mounts beside it, wired to local state instead of the editor store.
 */
export function EditorPartsGallery() {
  const [flow, setFlow] = useState<Flow>(galleryFlow);
  const [selectedId, setSelectedId] = useState<string | null>("menu");
  const problems = useMemo(() => validateFlow(flow), [flow]);
  const nodes = useMemo(
    () => flow.nodes.map((n) => ({ ...n, selected: n.id === selectedId })),
    [flow.nodes, selectedId],
  );
  const onNodesChange = useCallback((changes: NodeChange[]) => {
    for (const change of changes) {
      if (change.type === "select" && change.selected) setSelectedId(change.id);
      if (change.type === "position" && change.position) {
        const { id, position } = change;
        setFlow((f) => ({
          ...f,
          nodes: f.nodes.map((n) => (n.id === id ? { ...n, position } : n)),
        }));
      }
    }
  }, []);

  const selected = flow.nodes.find((n) => n.id === selectedId);
  const [readOnly, setReadOnly] = useState(false);
  const onDataChange = useCallback(
    (data: FlowNode["data"]) => {
      setFlow((f) => ({
        ...f,
        nodes: f.nodes.map((n) => (n.id === selectedId ? withData(n, data) : n)),
      }));
    },
    [selectedId],
  );

  // Client only: React Flow's colour mode follows the browser, which the server cannot know.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!mounted) return null;
  return (
    <div className="bg-background flex h-dvh">
      <aside className="bg-card w-80 shrink-0 overflow-y-auto border-r">
        <h2 className="border-b px-4 py-2 text-sm font-semibold">Variables</h2>
        <VariablesPanel flow={flow} readOnly={readOnly} onChange={setFlow} />
        <h2 className="border-y px-4 py-2 text-sm font-semibold">Problems</h2>
        <ProblemsPanel flow={flow} problems={problems} onSelectNode={setSelectedId} />
      </aside>
      <div className="relative min-w-0 flex-1" data-testid="gallery-canvas">
        <NodeProblemsProvider problems={problems} readOnly={readOnly}>
          <ReactFlowProvider>
            <ReactFlow
              nodes={nodes}
              edges={flow.edges}
              nodeTypes={flowNodeTypes}
              onNodesChange={onNodesChange}
              colorMode="system"
              fitView
              minZoom={0.2}
            >
              <Background gap={20} />
              <Controls showInteractive={false} />
            </ReactFlow>
          </ReactFlowProvider>
        </NodeProblemsProvider>
        <label className="bg-card absolute top-3 left-3 flex items-center gap-2 rounded-md border px-2 py-1 text-xs shadow-sm">
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(e) => setReadOnly(e.target.checked)}
          />
          read-only
        </label>
      </div>
      <aside className="bg-card w-[380px] shrink-0 overflow-y-auto border-l">
        {selected ? (
          <NodeInspector
            flow={flow}
            node={selected}
            problems={problems}
            readOnly={readOnly}
            onChange={onDataChange}
          />
        ) : null}
      </aside>
    </div>
  );
}

/** The gallery trusts the inspector to hand back data of the node's own type, as the editor store does. */
function withData(node: FlowNode, data: FlowNode["data"]): FlowNode {
  const parsed = flowNodeSchema.safeParse({ ...node, data });
  return parsed.success ? parsed.data : node;
}

const noSubscription = () => () => undefined;
