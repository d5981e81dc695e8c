import {
  createNode,
  createSeededRandom,
  flowSchema,
  FLOW_VERSION,
  outputPorts,
  type Flow,
  type FlowEdge,
  type FlowNode,
} from "@/lib/flow";

const COLUMNS = 40;
const SPACING = { x: 340, y: 220 };

/**
 * The benchmark's flow: `nodeCount` nodes (a start, then messages and three-button questions) on a
 * grid, and `edgeCount` edges from free output ports to later nodes. Deterministic for a seed, so
 * the editor and the bare React Flow page draw exactly the same graph.
 */
export function generateBenchFlow(nodeCount = 1000, edgeCount = 1200, seed = 42): Flow {
  const random = createSeededRandom(seed);
  const nodes: FlowNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const position = { x: (i % COLUMNS) * SPACING.x, y: Math.floor(i / COLUMNS) * SPACING.y };
    if (i === 0) {
      nodes.push(createNode("start", "start", position));
    } else if (i % 4 === 0) {
      const node = createNode("buttons", `n${i}`, position);
      nodes.push(
        node.type === "buttons"
          ? {
              ...node,
              data: {
                ...node.data,
                body: `Question ${i}: which one do you like?`,
                buttons: [
                  { id: "a", title: "Option A" },
                  { id: "b", title: "Option B" },
                  { id: "c", title: "Option C" },
                ],
              },
            }
          : node,
      );
    } else {
      const node = createNode("message", `n${i}`, position);
      nodes.push(
        node.type === "message"
          ? { ...node, data: { ...node.data, text: `Hello {{name}}, this is message ${i}.` } }
          : node,
      );
    }
  }
  const edges: FlowEdge[] = [];
  const free: { source: string; port: string; index: number }[] = [];
  nodes.forEach((node, index) => {
    for (const port of outputPorts(node)) free.push({ source: node.id, port: port.id, index });
  });
  // Mostly short hops forward, like real flows; each port is used at most once.
  for (const slot of free) {
    if (edges.length >= edgeCount) break;
    const hop = 1 + Math.floor(random() * 3);
    const target = nodes[Math.min(nodeCount - 1, slot.index + hop)];
    if (target === undefined || target.id === slot.source || target.type === "start") continue;
    edges.push({
      id: `e${edges.length}`,
      source: slot.source,
      sourceHandle: slot.port,
      target: target.id,
    });
  }
  return flowSchema.parse({ version: FLOW_VERSION, nodes, edges, variables: [{ name: "name" }] });
}
