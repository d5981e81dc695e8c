import type { FlowIndex } from "../graph/flowIndex";
import { startNodes } from "../graph/startNodes";
import { localized } from "../localized";
import { outputPorts } from "../nodes/dispatch";
import { problem, type Problem } from "./problem";

/** Starts, unique ids, and every edge joining an existing port to an existing node. */
export function structureRules(index: FlowIndex): Problem[] {
  const { flow } = index;
  const problems: Problem[] = [];
  if (startNodes(flow).length === 0) {
    problems.push(
      problem({
        code: "no_start",
        severity: "error",
        message: localized(
          "The flow has no start node, so no conversation can begin.",
          "Akışta başlangıç düğümü yok, bu yüzden hiçbir konuşma başlayamaz.",
        ),
      }),
    );
  }

  const seenNodes = new Set<string>();
  for (const node of flow.nodes) {
    if (seenNodes.has(node.id)) {
      problems.push(
        problem({
          code: "duplicate_node_id",
          severity: "error",
          nodeId: node.id,
          message: localized(
            `Two nodes have the id "${node.id}".`,
            `"${node.id}" kimliği iki düğümde kullanılmış.`,
          ),
        }),
      );
    }
    seenNodes.add(node.id);
  }

  const seenEdges = new Set<string>();
  for (const edge of flow.edges) {
    if (seenEdges.has(edge.id)) {
      problems.push(
        problem({
          code: "duplicate_edge_id",
          severity: "error",
          edgeId: edge.id,
          message: localized(
            `Two connections have the id "${edge.id}".`,
            `"${edge.id}" kimliği iki bağlantıda kullanılmış.`,
          ),
        }),
      );
    }
    seenEdges.add(edge.id);
    const source = index.nodeById.get(edge.source);
    if (source === undefined) {
      problems.push(
        problem({
          code: "edge_source_missing",
          severity: "error",
          edgeId: edge.id,
          message: localized(
            `A connection starts at node "${edge.source}", which does not exist.`,
            `Bir bağlantı var olmayan "${edge.source}" düğümünden başlıyor.`,
          ),
        }),
      );
    } else if (!outputPorts(source).some((p) => p.id === edge.sourceHandle)) {
      problems.push(
        problem({
          code: "edge_port_missing",
          severity: "error",
          edgeId: edge.id,
          nodeId: source.id,
          port: edge.sourceHandle,
          message: localized(
            `A connection leaves from output "${edge.sourceHandle}", which this node no longer has.`,
            `Bir bağlantı bu düğümde artık olmayan "${edge.sourceHandle}" çıkışından çıkıyor.`,
          ),
        }),
      );
    } else if (index.edgeByPort.get(edge.source)?.get(edge.sourceHandle) !== edge) {
      problems.push(
        problem({
          code: "port_multiple_edges",
          severity: "error",
          edgeId: edge.id,
          nodeId: source.id,
          port: edge.sourceHandle,
          message: localized(
            "This output already has a connection; an output can lead to one place only.",
            "Bu çıkışın zaten bir bağlantısı var; bir çıkış yalnızca tek bir yere gidebilir.",
          ),
        }),
      );
    }
    if (!index.nodeById.has(edge.target)) {
      problems.push(
        problem({
          code: "edge_target_missing",
          severity: "error",
          edgeId: edge.id,
          message: localized(
            `A connection leads to node "${edge.target}", which does not exist.`,
            `Bir bağlantı var olmayan "${edge.target}" düğümüne gidiyor.`,
          ),
        }),
      );
    }
  }

  for (const node of flow.nodes) {
    const connected = index.edgeByPort.get(node.id);
    for (const port of outputPorts(node)) {
      if (port.required && connected?.has(port.id) !== true) {
        problems.push(
          problem({
            code: "port_unconnected",
            severity: "error",
            nodeId: node.id,
            port: port.id,
            message: localized(
              `Output "${port.label.en}" is not connected to anything.`,
              `"${port.label.tr}" çıkışı hiçbir yere bağlı değil.`,
            ),
          }),
        );
      }
    }
  }
  return problems;
}
