"use client";

import { ReactFlow, ReactFlowProvider, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo, useSyncExternalStore } from "react";
import {
  createNode,
  flowSchema,
  nodeTypes,
  outputPorts,
  validateFlow,
  type Flow,
} from "@/lib/flow";
import { flowNodeTypes } from "../../nodes/flow-node-types";
import { NodeProblemsProvider } from "../../nodes/node-problems-context";

/** A grid of `count` nodes of every type with edges between neighbours' first ports. */
function stressGraph(count: number): Flow {
  const nodes = Array.from({ length: count }, (_, i) =>
    createNode(nodeTypes[i % nodeTypes.length] ?? "message", `n${i}`, {
      x: (i % 40) * 320,
      y: Math.floor(i / 40) * 360,
    }),
  );
  const edges: Flow["edges"] = [];
  nodes.forEach((node, i) => {
    const next = nodes[i + 1];
    const port = outputPorts(node)[0];
    if (next && port && next.type !== "start")
      edges.push({ id: `e${i}`, source: node.id, sourceHandle: port.id, target: next.id });
  });
  return flowSchema.parse({ version: 1, nodes, edges, variables: [] });
}

const noSubscription = () => () => undefined;

/**
 * Development-only stress page (app/dev/editor-parts/stress): many node cards, or React Flow's
 * default nodes for the same graph (`plain`), to compare panning and dragging by hand or script.
 */
export function CardsStress({ count, plain }: { count: number; plain: boolean }) {
  const graph = useMemo(() => stressGraph(count), [count]);
  const problems = useMemo(() => validateFlow(graph), [graph]);
  const plainNodes = useMemo<Node[]>(
    () => graph.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.type } })),
    [graph],
  );
  const plainEdges = useMemo(() => graph.edges.map((e) => ({ ...e, sourceHandle: null })), [graph]);
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!mounted) return null;
  return (
    <div className="h-dvh" data-testid="stress">
      <NodeProblemsProvider problems={problems} readOnly={false}>
        <ReactFlowProvider>
          {plain ? (
            <ReactFlow defaultNodes={plainNodes} defaultEdges={plainEdges} minZoom={0.05} />
          ) : (
            <ReactFlow
              defaultNodes={graph.nodes}
              defaultEdges={graph.edges}
              nodeTypes={flowNodeTypes}
              minZoom={0.05}
            />
          )}
        </ReactFlowProvider>
      </NodeProblemsProvider>
    </div>
  );
}
