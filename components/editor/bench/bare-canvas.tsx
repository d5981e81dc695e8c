"use client";

import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { generateBenchFlow } from "./bench-flow";

const pastedSchema = z.object({
  nodes: z.array(
    z.object({ id: z.string(), position: z.object({ x: z.number(), y: z.number() }) }),
  ),
});

function bareGraph(): { nodes: Node[]; edges: Edge[] } {
  const flow = generateBenchFlow();
  return {
    nodes: flow.nodes.map((node) => ({
      id: node.id,
      position: node.position,
      data: { label: node.id },
    })),
    edges: flow.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}

/**
 * The benchmark's baseline: React Flow's own example setup (default nodes, useNodesState) with the
 * same graph, the same chrome (background, controls, minimap) and a plain array history, so the
 * editor's figures can be read as a ratio to what React Flow alone costs.
 */
export function BareCanvas() {
  const [initial] = useState(bareGraph);
  const [nodes, setNodes, onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  const history = useRef<Node[][]>([]);
  const current = useRef(nodes);
  useEffect(() => {
    current.current = nodes;
  }, [nodes]);

  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      let json: unknown = null;
      try {
        json = JSON.parse(event.clipboardData?.getData("text/plain") ?? "null");
      } catch {
        return;
      }
      const parsed = pastedSchema.safeParse(json);
      if (!parsed.success) return;
      history.current.push(current.current);
      setNodes((list) => [
        ...list,
        ...parsed.data.nodes.map((node, i) => ({
          id: `paste-${list.length + i}`,
          position: { x: node.position.x + 40, y: node.position.y + 40 },
          data: { label: node.id },
        })),
      ]);
    }
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
        const previous = history.current.pop();
        if (previous !== undefined) setNodes(previous);
      }
    }
    document.addEventListener("paste", onPaste);
    window.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("paste", onPaste);
      window.removeEventListener("keydown", onKeyDown);
    };
  }, [setNodes]);

  return (
    // Same canvas area as the editor's (between its palette and sidebar), for a fair comparison.
    <div className="flex h-dvh flex-col">
      <div className="h-14 shrink-0 border-b" />
      <div className="flex min-h-0 flex-1">
        <div className="w-64 shrink-0 border-r" />
        <div className="relative min-w-0 flex-1" data-testid="flow-canvas">
          <ReactFlow
            nodes={nodes}
            edges={edges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            fitView
            minZoom={0.1}
            snapToGrid
            snapGrid={[20, 20]}
          >
            <Background gap={20} />
            <Controls />
            <MiniMap pannable zoomable />
          </ReactFlow>
        </div>
        <div className="w-[22rem] shrink-0 border-l" />
      </div>
    </div>
  );
}
