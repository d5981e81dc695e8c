import type { FlowIndex } from "../graph/flowIndex";
import { reachableFrom } from "../graph/reachableFrom";
import { startNodes } from "../graph/startNodes";
import { localized } from "../localized";
import { problem, type Problem } from "./problem";

export function reachabilityRule(index: FlowIndex): Problem[] {
  const starts = startNodes(index.flow);
  if (starts.length === 0) return [];
  // The window-closed fallback template is entered by the runtime, not by an edge.
  const fallback = index.nodeById.get(index.flow.settings.windowClosedTemplateNodeId);
  const roots = starts.map((s) => s.id);
  if (fallback?.type === "template") roots.push(fallback.id);
  const reachable = reachableFrom(index, roots);
  return index.flow.nodes
    .filter((node) => !reachable.has(node.id))
    .map((node) =>
      problem({
        code: "unreachable_node",
        severity: "warning",
        nodeId: node.id,
        message: localized(
          "No start node leads here, so this node never runs.",
          "Hiçbir başlangıç düğümü buraya ulaşmıyor, bu yüzden bu düğüm hiç çalışmaz.",
        ),
      }),
    );
}
