/**
 * After the emulator accepts a message it can report `sent` → `delivered` → `read` to the app's
 * webhook, as Meta does, with small delays and optionally out of order (Meta guarantees no order
 * and `delivered` may never come). An accepted-then-failed send gets a single `failed` status.
 */
import type { ResolvedStatusWebhookConfig } from "./emulator-config";
import { graphErrorTitle } from "./graph-error";
import type { SentMessage } from "./emulator-state";
import type { StatusWebhookInput } from "./webhook-builders";

const NATURAL_ORDER = ["sent", "delivered", "read"] as const;
const DEFAULT_DELAYS_MS = { sent: 10, delivered: 20, read: 30 } as const;

export type PlannedStatus = { delayMs: number; body: StatusWebhookInput };

function shuffled<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = copy[i];
    const b = copy[j];
    if (a !== undefined && b !== undefined) {
      copy[i] = b;
      copy[j] = a;
    }
  }
  return copy;
}

/** When to post which status webhook for an accepted message. Pure, for testing the ordering. */
export function planStatusCallbacks(
  message: SentMessage,
  config: ResolvedStatusWebhookConfig,
  acceptedAtMs: number,
  random: () => number,
): PlannedStatus[] {
  const recipient = /[A-Za-z]/.test(message.to)
    ? { recipientUserId: message.to }
    : { recipientId: message.to.replace(/\D/g, "") };
  const common = {
    id: message.wamid,
    ...recipient,
    bizOpaqueCallbackData: message.payload.biz_opaque_callback_data,
  };
  const body = (status: StatusWebhookInput["statuses"][number]): StatusWebhookInput => ({
    wabaId: config.wabaId,
    phoneNumberId: message.phoneNumberId,
    statuses: [status],
  });

  if (message.failedWith !== undefined) {
    const code = message.failedWith;
    const delayMs = config.delaysMs.sent ?? DEFAULT_DELAYS_MS.sent;
    const timestamp = Math.floor((acceptedAtMs + delayMs) / 1000);
    const title = graphErrorTitle(code);
    return [
      {
        delayMs,
        body: body({ ...common, status: "failed", timestamp, errors: [{ code, title }] }),
      },
    ];
  }

  const statuses = NATURAL_ORDER.filter((s) => config.statuses.includes(s));
  const naturalDelays = statuses.map((s) => config.delaysMs[s] ?? DEFAULT_DELAYS_MS[s]);
  // Timestamps tell the true story; only the posting order is disturbed.
  const sortedDelays = [...naturalDelays].sort((a, b) => a - b);
  const postDelays =
    config.order === "reverse"
      ? [...sortedDelays].reverse()
      : config.order === "shuffle"
        ? shuffled(sortedDelays, random)
        : naturalDelays;
  return statuses.map((status, i) => {
    const timestamp = Math.floor((acceptedAtMs + (naturalDelays[i] ?? 0)) / 1000);
    return {
      delayMs: postDelays[i] ?? 0,
      body: body({
        ...common,
        status,
        timestamp,
        conversationId: status === "sent" ? `conv-${message.wamid.slice(-12)}` : undefined,
      }),
    };
  });
}
