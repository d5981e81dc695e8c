import { DAY_MS } from "../date/durationMs";
import type { FlowIndex } from "../graph/flowIndex";
import { shortestDistances } from "../graph/shortestDistances";
import { startNodes } from "../graph/startNodes";
import { successors } from "../graph/successors";
import { localized } from "../localized";
import { nodeTraits, portTiming } from "../nodes/dispatch";
import { problem, type Problem } from "./problem";

/**
 * WhatsApp delivers free-form messages only within 24 hours of the customer's last message. For
 * each node, find the *shortest* time that can have passed since the customer last wrote; if even
 * that exceeds 24 hours, a free-form message there can never be delivered.
 */
export function windowRule(index: FlowIndex): Problem[] {
  const distances = shortestDistances(
    startNodes(index.flow).map((s) => s.id),
    (id, distance) => {
      const node = index.nodeById.get(id);
      if (node === undefined) return [];
      return successors(index, id).map((next) => {
        const timing = next.port === undefined ? undefined : portTiming(node, next.port);
        if (timing === undefined) return { id: next.nodeId, distance };
        return { id: next.nodeId, distance: timing.resetsWindow ? 0 : distance + timing.delayMs };
      });
    },
  );
  const problems: Problem[] = [];
  for (const [id, distance] of distances) {
    const node = index.nodeById.get(id);
    if (node === undefined || distance <= DAY_MS || !nodeTraits(node).sendsFreeForm) continue;
    const hours = Math.round(distance / 3_600_000);
    problems.push(
      problem({
        code: "message_outside_window",
        severity: "warning",
        nodeId: id,
        message: localized(
          `This message is only reached at least ${hours} hours after the customer last wrote; WhatsApp will refuse it. Send a template first (its quick replies reopen the window).`,
          `Bu mesaja müşterinin son mesajından en az ${hours} saat sonra ulaşılıyor; WhatsApp bunu reddeder. Önce bir şablon gönderin (hızlı yanıtları pencereyi yeniden açar).`,
        ),
      }),
    );
  }
  return problems;
}
