import { localized, type Localized } from "../localized";
import { nodeTraits, outputPorts } from "../nodes/dispatch";
import type { Flow } from "../schema/flowSchema";
import { indexFlow } from "./flowIndex";

export interface ConnectionRequest {
  source: string;
  /** The output port id. */
  sourceHandle: string;
  target: string;
}

export type ConnectionRefusalCode =
  "node_missing" | "port_missing" | "port_connected" | "into_start" | "self_loop_without_wait";

export interface ConnectionRefusal {
  code: ConnectionRefusalCode;
  message: Localized;
}

/**
 * Why a new edge may not be drawn, or null when it may. The same rules validation reports
 * afterwards (one edge per port, loops need a wait), applied before the edge exists so the canvas
 * can refuse it with a reason instead of creating an error.
 */
export function connectionRefusal(
  flow: Flow,
  request: ConnectionRequest,
): ConnectionRefusal | null {
  const index = indexFlow(flow);
  const source = index.nodeById.get(request.source);
  const target = index.nodeById.get(request.target);
  if (source === undefined || target === undefined) {
    return {
      code: "node_missing",
      message: localized("That step no longer exists.", "Bu adım artık yok."),
    };
  }
  if (!outputPorts(source).some((port) => port.id === request.sourceHandle)) {
    return {
      code: "port_missing",
      message: localized("This step no longer has that output.", "Bu adımda artık o çıkış yok."),
    };
  }
  if (index.edgeByPort.get(request.source)?.has(request.sourceHandle) === true) {
    return {
      code: "port_connected",
      message: localized(
        "This output is already connected; an output can lead to one place only. Delete its connection first.",
        "Bu çıkış zaten bağlı; bir çıkış yalnızca tek bir yere gidebilir. Önce mevcut bağlantıyı silin.",
      ),
    };
  }
  if (target.type === "start") {
    return {
      code: "into_start",
      message: localized(
        "A start step is where a conversation begins; nothing can lead into it.",
        "Başlangıç adımı konuşmanın başladığı yerdir; ona bağlantı yapılamaz.",
      ),
    };
  }
  const waits = nodeTraits(source).waitsFor;
  if (source.id === target.id && waits !== "customer" && waits !== "agent") {
    return {
      code: "self_loop_without_wait",
      message: localized(
        "This would loop forever: a step can only lead back to itself when it waits for the customer's answer.",
        "Bu sonsuz bir döngü olur: bir adım ancak müşterinin yanıtını bekliyorsa kendisine dönebilir.",
      ),
    };
  }
  return null;
}
