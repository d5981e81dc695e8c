import type { FlowIndex } from "../graph/flowIndex";
import { cyclicComponents } from "../graph/stronglyConnectedComponents";
import { successors } from "../graph/successors";
import { localized } from "../localized";
import { nodeTraits, portTiming } from "../nodes/dispatch";
import { problem, type Problem } from "./problem";

/**
 * A cycle must pass through an answer from the customer (or an agent). Without one it either spins
 * until the step budget (error) or, paced by a delay or an answer timeout, keeps messaging someone
 * who is not replying (warning).
 */
export function loopRule(index: FlowIndex): Problem[] {
  const ids = [...index.nodeById.keys()];
  const paced = new Set<string>();
  const unanswered = (id: string): string[] => {
    const node = index.nodeById.get(id);
    if (node === undefined) return [];
    const waits = nodeTraits(node).waitsFor;
    return successors(index, id).flatMap((next) => {
      if (!index.nodeById.has(next.nodeId)) return [];
      const timing = next.port === undefined ? undefined : portTiming(node, next.port);
      if (timing?.resetsWindow === true && (waits === "customer" || waits === "agent")) return [];
      if (waits === "timer" || (timing !== undefined && timing.delayMs > 0)) paced.add(id);
      return [next.nodeId];
    });
  };
  return cyclicComponents(ids, unanswered).map((component) => {
    const first = component[0] ?? "";
    const names = component.map((id) => `"${id}"`).join(" → ");
    return component.some((id) => paced.has(id))
      ? problem({
          code: "loop_without_customer",
          severity: "warning",
          nodeId: first,
          message: localized(
            `These nodes repeat on a timer without the customer answering: ${names}.`,
            `Bu düğümler müşteri yanıt vermeden bir zamanlayıcıyla tekrarlanıyor: ${names}.`,
          ),
        })
      : problem({
          code: "loop_without_wait",
          severity: "error",
          nodeId: first,
          message: localized(
            `These nodes loop without ever waiting for the customer: ${names}.`,
            `Bu düğümler müşteriyi hiç beklemeden döngüye giriyor: ${names}.`,
          ),
        });
  });
}
