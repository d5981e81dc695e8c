/**
 * Read receipts: after a drain round has committed, each contact's last handled message is marked
 * read (blue ticks), with "typing…" when a reply is coming. Best effort and never awaited: a
 * failing or slow Cloud API must not hold up the drain or its replies, and a lost receipt only
 * costs the ticks. Calls share the number's rate limit with the sends (Meta counts both); as
 * nothing waits for them, at most a second's worth of the number's rate is pending per channel
 * and the rest are skipped, so a saturated number's receipts never pile up behind its replies.
 */
import type { ReadReceipt } from "../drain/step-batch";
import type { Runtime } from "../runtime";
import { clientFor } from "./send-conversation";

/** One failure line per channel per minute at most: an outage must not flood the log. */
const LOG_EVERY_MS = 60_000;
const lastLogged = new Map<string, number>();
/** Receipts started and not yet answered, per channel. */
const pending = new Map<string, number>();

export function sendReadReceipts(rt: Runtime, reads: ReadReceipt[]): void {
  if (!rt.config.readReceipts) return;
  const limit = Math.max(1, Math.floor(rt.config.sendRatePerSecond));
  for (const read of reads) {
    const { channelId } = read;
    const inFlight = pending.get(channelId) ?? 0;
    if (inFlight >= limit) {
      logFailure(rt, channelId, `skipped: ${inFlight} receipts still waiting on the send rate`);
      continue;
    }
    pending.set(channelId, inFlight + 1);
    markRead(rt, read)
      .catch((error: unknown) => logFailure(rt, channelId, error))
      .finally(() => {
        const left = (pending.get(channelId) ?? 1) - 1;
        if (left > 0) pending.set(channelId, left);
        else pending.delete(channelId);
      });
  }
}

async function markRead(rt: Runtime, read: ReadReceipt): Promise<void> {
  const { client, phoneNumberId } = await clientFor(rt, read.channelId);
  if (!client) return;
  await rt.sendLimiter.forNumber(phoneNumberId).take();
  const result = await client.markRead(read.wamid, read.typing);
  if (!result.ok) logFailure(rt, read.channelId, result.error.message);
}

function logFailure(rt: Runtime, channelId: string, error: unknown): void {
  const now = rt.now();
  const last = lastLogged.get(channelId);
  if (last !== undefined && now - last < LOG_EVERY_MS) return;
  lastLogged.set(channelId, now);
  const reason = error instanceof Error ? error.message : String(error);
  console.warn(`[sohbet] read receipt failed on channel ${channelId}: ${reason}`);
}
