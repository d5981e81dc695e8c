/**
 * Everything the emulator remembers: registered numbers and media, what was sent and read, what
 * was refused, pending injected failures, open customer-service windows, and the webhook
 * deliveries it made. Kept apart from HTTP so the handle and the control endpoints share it.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { CloudApiMessage } from "../client/cloud-api-message";
import {
  emulatorNumberSchema,
  failureSpecSchema,
  mediaInputSchema,
  statusWebhookConfigSchema,
  type EmulatorNumber,
  type FailureEndpoint,
  type FailureSpec,
  type MediaInput,
  type ResolvedFailureSpec,
  type ResolvedStatusWebhookConfig,
  type StatusWebhookConfig,
} from "./emulator-config";
import { preciseNow } from "./http-helpers";
import type { WebhookDelivery } from "./webhook-poster";

export type RegisteredNumber = ReturnType<typeof emulatorNumberSchema.parse>;

export type StoredMedia = {
  id: string;
  mimeType: string;
  bytes: Buffer;
  sha256: string;
  phoneNumberId?: string;
};

export type SentMessage = {
  /** Order of acceptance across all numbers, from 1. */
  seq: number;
  wamid: string;
  phoneNumberId: string;
  /** `to`, or `recipient` for a business-scoped user id. */
  to: string;
  type: string;
  payload: CloudApiMessage;
  /** Wall-clock ms with sub-millisecond resolution, when the request arrived. */
  receivedAt: number;
  /** Accepted, but reported failed with this code through a status webhook. */
  failedWith?: number;
};

export type ReadReceipt = {
  phoneNumberId: string;
  messageId: string;
  typing: boolean;
  receivedAt: number;
};

export type RejectedRequest = {
  phoneNumberId: string;
  endpoint: FailureEndpoint;
  to?: string;
  httpStatus: number;
  /** Graph code answered; null for a bare HTTP error or a dropped connection. */
  code: number | null;
  message: string;
  /** True when an injected failure caused it. */
  injected: boolean;
  receivedAt: number;
};

export type Filter = { phoneNumberId?: string; to?: string };

type ActiveFailure = { id: string; remaining: number; spec: ResolvedFailureSpec };
type Waiter = { count: number; filter: Filter; resolve: (sent: SentMessage[]) => void };

const WINDOW_MS = 24 * 60 * 60 * 1000;

/** Drops the oldest tenth of a log once it passes `max`, so a long-running emulator stays small. */
function cap<T>(log: T[], max: number): void {
  if (log.length > max) log.splice(0, Math.max(1, Math.floor(max / 10)));
}

function matches(filter: Filter, phoneNumberId: string, to: string | undefined): boolean {
  return (
    (filter.phoneNumberId === undefined || filter.phoneNumberId === phoneNumberId) &&
    (filter.to === undefined || filter.to === to)
  );
}

/** Phone numbers compare by digits; business-scoped user ids as given. */
export function recipientKey(to: string): string {
  return /[A-Za-z]/.test(to) ? to : to.replace(/\D/g, "");
}

export class EmulatorState {
  readonly numbers = new Map<string, RegisteredNumber>();
  readonly media = new Map<string, StoredMedia>();
  readonly sentMessages: SentMessage[] = [];
  readonly readReceipts: ReadReceipt[] = [];
  readonly rejectedRequests: RejectedRequest[] = [];
  readonly webhookDeliveries: WebhookDelivery[] = [];
  webhook: ResolvedStatusWebhookConfig | null = null;
  /** Signs media download URLs, as Meta's expire and cannot be guessed. */
  readonly urlSecret = randomBytes(16);

  private failures: ActiveFailure[] = [];
  private windows = new Map<string, number>();
  private recentAccepts = new Map<string, number[]>();
  private waiters = new Set<Waiter>();
  private seq = 0;
  private mediaSeq = 0;

  /** How many sends, reads, refusals and deliveries each log keeps. */
  constructor(private readonly maxRecorded = 100_000) {}

  registerNumber(input: EmulatorNumber): RegisteredNumber {
    const number = emulatorNumberSchema.parse(input);
    this.numbers.set(number.phoneNumberId, number);
    return number;
  }

  registerMedia(input: MediaInput): StoredMedia {
    const m = mediaInputSchema.parse(input);
    const bytes = typeof m.bytes === "string" ? Buffer.from(m.bytes, "utf8") : Buffer.from(m.bytes);
    const id = m.id ?? String(9_000_000_000_000 + ++this.mediaSeq);
    const stored: StoredMedia = {
      id,
      mimeType: m.mimeType,
      bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
    if (m.phoneNumberId) stored.phoneNumberId = m.phoneNumberId;
    this.media.set(id, stored);
    return stored;
  }

  setWebhook(config: StatusWebhookConfig | null): void {
    this.webhook = config === null ? null : statusWebhookConfigSchema.parse(config);
  }

  injectFailure(spec: FailureSpec): string {
    const parsed = failureSpecSchema.parse(spec);
    const id = randomUUID();
    this.failures.push({ id, remaining: parsed.times, spec: parsed });
    return id;
  }

  pendingFailures(): { id: string; remaining: number; spec: ResolvedFailureSpec }[] {
    return this.failures.map((f) => ({ ...f, spec: { ...f.spec } }));
  }

  clearFailures(): void {
    this.failures = [];
  }

  /** The first pending failure matching this request, consumed by one. */
  takeFailure(
    endpoint: FailureEndpoint,
    phoneNumberId: string,
    to: string | undefined,
  ): ResolvedFailureSpec | undefined {
    const failure = this.failures.find(
      (f) =>
        (f.spec.endpoint === "any" || f.spec.endpoint === endpoint) &&
        (f.spec.phoneNumberId === undefined || f.spec.phoneNumberId === phoneNumberId) &&
        (f.spec.to === undefined ||
          (to !== undefined && recipientKey(f.spec.to) === recipientKey(to))),
    );
    if (!failure) return undefined;
    failure.remaining--;
    if (failure.remaining <= 0) this.failures = this.failures.filter((f) => f !== failure);
    return failure.spec;
  }

  openWindow(phoneNumberId: string, customer: string, atMs: number): void {
    this.windows.set(`${phoneNumberId}|${recipientKey(customer)}`, atMs);
  }

  windowOpen(phoneNumberId: string, customer: string, nowMs: number): boolean {
    const last = this.windows.get(`${phoneNumberId}|${recipientKey(customer)}`);
    return last !== undefined && nowMs - last < WINDOW_MS;
  }

  /**
   * Admits one send under the number's throughput limit (a sliding one-second window), or refuses
   * it when `perSecond` sends were already admitted in the last second.
   */
  admitThroughput(phoneNumberId: string, perSecond: number, nowMs: number): boolean {
    const recent = (this.recentAccepts.get(phoneNumberId) ?? []).filter((t) => nowMs - t < 1000);
    const admitted = recent.length < perSecond;
    if (admitted) recent.push(nowMs);
    this.recentAccepts.set(phoneNumberId, recent);
    return admitted;
  }

  recordSent(entry: Omit<SentMessage, "seq">): SentMessage {
    const sent: SentMessage = { seq: ++this.seq, ...entry };
    this.sentMessages.push(sent);
    cap(this.sentMessages, this.maxRecorded);
    for (const waiter of this.waiters) {
      const got = this.sent(waiter.filter);
      if (got.length >= waiter.count) {
        this.waiters.delete(waiter);
        waiter.resolve(got);
      }
    }
    return sent;
  }

  recordDelivery(delivery: WebhookDelivery): void {
    this.webhookDeliveries.push(delivery);
    cap(this.webhookDeliveries, this.maxRecorded);
  }

  recordRead(receipt: ReadReceipt): void {
    this.readReceipts.push(receipt);
    cap(this.readReceipts, this.maxRecorded);
  }

  recordRejected(entry: Omit<RejectedRequest, "receivedAt">): void {
    this.rejectedRequests.push({ ...entry, receivedAt: preciseNow() });
    cap(this.rejectedRequests, this.maxRecorded);
  }

  sent(filter: Filter = {}): SentMessage[] {
    return this.sentMessages.filter((m) => matches(filter, m.phoneNumberId, m.to));
  }

  reads(filter: Filter = {}): ReadReceipt[] {
    return this.readReceipts.filter((r) =>
      matches({ phoneNumberId: filter.phoneNumberId }, r.phoneNumberId, undefined),
    );
  }

  rejected(filter: Filter = {}): RejectedRequest[] {
    return this.rejectedRequests.filter((r) => matches(filter, r.phoneNumberId, r.to));
  }

  waitForSent(count: number, filter: Filter, timeoutMs: number): Promise<SentMessage[]> {
    const already = this.sent(filter);
    if (already.length >= count) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        count,
        filter,
        resolve: (sent) => {
          clearTimeout(timer);
          resolve(sent);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const got = this.sent(filter).length;
        reject(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${count} sent messages (got ${got}).`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Forgets traffic (sent, reads, refusals, failures, windows, deliveries); keeps configuration. */
  clearTraffic(): void {
    this.sentMessages.length = 0;
    this.readReceipts.length = 0;
    this.rejectedRequests.length = 0;
    this.webhookDeliveries.length = 0;
    this.failures = [];
    this.windows.clear();
    this.recentAccepts.clear();
  }

  clearConfiguration(): void {
    this.numbers.clear();
    this.media.clear();
    this.webhook = null;
  }
}
