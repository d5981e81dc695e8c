/** Figures shared by the runtime benchmarks (bench:webhook over HTTP, bench:runtime in process). */
import type { EmulatorHandle } from "@/lib/whatsapp/emulator";

/** A customer message a benchmark posted: to whom, and when (ms since the epoch). */
export interface Sent {
  contact: string;
  at: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;

/**
 * Each contact's first message gets two replies (welcome + question), every later one exactly
 * one, and a contact's messages are handled in order: the k-th message's reply is the
 * (k+1)-th send to that contact.
 */
export function expectedReplies(sent: Sent[]): number {
  return sent.length + new Set(sent.map((s) => s.contact)).size;
}

export function endToEnd(sent: Sent[], emulator: EmulatorHandle): number[] {
  const replies = new Map<string, number[]>();
  for (const m of emulator.sent()) {
    const list = replies.get(m.to) ?? [];
    list.push(m.receivedAt);
    replies.set(m.to, list);
  }
  const byContact = new Map<string, number[]>();
  for (const s of [...sent].sort((a, b) => a.at - b.at)) {
    const list = byContact.get(s.contact) ?? [];
    list.push(s.at);
    byContact.set(s.contact, list);
  }
  const latencies: number[] = [];
  for (const [contact, times] of byContact) {
    const got = (replies.get(contact) ?? []).sort((a, b) => a - b);
    times.forEach((at, k) => {
      const reply = got[k + 1];
      if (reply !== undefined) latencies.push(reply - at);
    });
  }
  return latencies.sort((a, b) => a - b);
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the emulator has received `expected` replies (or nothing arrived for 30 s) and says
 * how long after the call the last one came.
 */
export async function waitForReplies(
  emulator: EmulatorHandle,
  expected: number,
  timeoutMs = 300_000,
) {
  const started = now();
  let last = emulator.sent().length;
  let lastChange = now();
  while (emulator.sent().length < expected && now() - started < timeoutMs) {
    await sleep(100);
    const count = emulator.sent().length;
    if (count !== last) {
      last = count;
      lastChange = now();
    } else if (now() - lastChange > 30_000) break;
  }
  const sent = emulator.sent();
  const lastAt = Math.max(started, ...sent.map((m) => m.receivedAt));
  return { drainMs: lastAt - started, delivered: sent.length };
}
