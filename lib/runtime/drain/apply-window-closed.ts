/**
 * A `window_closed` system notice (the sender got 131047): WhatsApp says the customer's 24-hour
 * window is closed, whatever our clock said. Kept apart from the drain's step logic so the notice
 * needs a single call there.
 */
import type { EngineInput } from "@/lib/flow";
import type { ConversationState, StepWriter } from "./step-writer";

/** `type` of the synthetic inbound row; its wamid is `window_closed:<outbound message id>`. */
export const WINDOW_CLOSED_NOTICE = "window_closed";

/**
 * Records the window as closed (later steps then drop free-form messages instead of sending them
 * into the same refusal) and feeds `{type: "window_closed"}` to the running session through
 * `continueSession` (the drain's own: pinned version, write step). A customer message handled
 * after the refusal has reopened the window: then nothing happens.
 */
export async function applyWindowClosed(
  writer: StepWriter,
  state: ConversationState,
  refusedAt: Date,
  continueSession: (input: EngineInput) => Promise<void>,
): Promise<void> {
  const { conv } = state;
  if (conv.lastInboundAt && conv.lastInboundAt > refusedAt) return;
  if (!conv.windowExpiresAt || conv.windowExpiresAt > refusedAt) {
    writer.changed(state, { windowExpiresAt: refusedAt });
  }
  await continueSession({ type: "window_closed" });
}
