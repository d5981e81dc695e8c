"use client";

import { Background, Controls, ReactFlow, ReactFlowProvider, type NodeChange } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useMemo, useState } from "react";
import { validateFlow, type Flow } from "@/lib/flow";
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

  return (
    <div className="bg-background flex h-dvh">
      <div className="relative min-w-0 flex-1" data-testid="gallery-canvas">
        <NodeProblemsProvider problems={problems} readOnly={false}>
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
      </div>
    </div>
  );
}
