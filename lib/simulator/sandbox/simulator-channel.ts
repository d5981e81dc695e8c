import type { Locale, OutboundMessage, TraceEntry } from "@/lib/flow";
import type { ChatNotice, TranscriptEntry } from "../transcript";

/**
 * The simulator's channel: where the live runtime hands an engine step's outbox to the Cloud API
 * sender, the sandbox hands it to the chat. What WhatsApp would refuse (free-form messages after
 * the 24-hour window, which the engine reports as `message_dropped`) is shown crossed out, and
 * what happened around the messages becomes a notice, so the pane never goes quiet on a failure.
 */
export interface SimulatorChannel {
  /** The chat lines one engine step produced, in order, stamped with the simulated time `at`. */
  deliver(step: { outbox: OutboundMessage[]; trace: TraceEntry[] }, at: number): TranscriptEntry[];
  notice(notice: ChatNotice, at: number): TranscriptEntry;
}

export function createSimulatorChannel(locale: Locale, nextId: () => string): SimulatorChannel {
  const notice = (n: ChatNotice, at: number): TranscriptEntry => ({
    kind: "notice",
    id: nextId(),
    at,
    notice: n,
  });
  const business = (message: OutboundMessage, at: number, refused?: boolean): TranscriptEntry => ({
    kind: "business",
    id: nextId(),
    at,
    message,
    ...(refused ? { refused: "window_closed" as const } : {}),
  });
  return {
    notice,
    deliver({ outbox, trace }, at) {
      const lines: TranscriptEntry[] = [];
      // The engine keeps refused and delivered messages apart; refusals come first because the
      // usual shape after the window closed is a free-form message refused, then a template sent.
      for (const entry of trace) {
        if (entry.type === "message_dropped") {
          lines.push({ ...business(entry.message, at, true), ...nodeOf(entry.nodeId) });
        }
      }
      for (const message of outbox) lines.push(business(message, at));
      for (const entry of trace) {
        switch (entry.type) {
          case "no_trigger_match":
            lines.push(notice({ type: "no_trigger_match" }, at));
            break;
          case "error":
          case "budget_exhausted":
            lines.push(notice({ type: "runtime_error", message: entry.message[locale] }, at));
            break;
          case "session_ended":
            if (entry.reason !== "replaced" && entry.reason !== "restarted") {
              lines.push(notice({ type: "session_ended", reason: entry.reason }, at));
            }
            break;
          default:
            break;
        }
      }
      return lines;
    },
  };
}

function nodeOf(nodeId: string | undefined): { nodeId?: string } {
  return nodeId === undefined ? {} : { nodeId };
}
