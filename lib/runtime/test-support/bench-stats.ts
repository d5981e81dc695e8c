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
function expectedReplies(sent: Sent[]): number {
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
 * Waits until every reply to `sent` has reached the emulator (or none came for 30 s) and says how
 * long after the call the last one came. Only replies to these contacts count, so a straggler
 * to anyone else (a warm-up, an earlier phase) can neither end the wait early nor skew it.
 */
export async function waitForReplies(emulator: EmulatorHandle, sent: Sent[], timeoutMs = 300_000) {
  const contacts = new Set(sent.map((s) => s.contact));
  const expected = expectedReplies(sent);
  const replies = () => emulator.sent().filter((m) => contacts.has(m.to));
  const started = now();
  let last = replies().length;
  let lastChange = now();
  while (last < expected && now() - started < timeoutMs) {
    await sleep(100);
    const count = replies().length;
    if (count !== last) {
      last = count;
      lastChange = now();
    } else if (now() - lastChange > 30_000) break;
  }
  const got = replies();
  const lastAt = Math.max(started, ...got.map((m) => m.receivedAt));
  return { drainMs: lastAt - started, delivered: got.length, expected };
}
