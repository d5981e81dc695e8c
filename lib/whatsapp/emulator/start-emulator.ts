/**
 * A local stand-in for the WhatsApp Cloud API (Graph API), for tests and local development.
 * Embed it in a test with `await startEmulator()` (port 0 by default, so parallel suites never
 * collide) or run it with `npm run wa:emulator`. Point the app at `handle.url` as its Graph API
 * base URL (`WHATSAPP_GRAPH_API_URL`).
 */
import { createServer, type Server } from "node:http";
import { BodyTooLargeError, preciseNow, readBody, sendJson } from "./http-helpers";
import { CONTROL_PREFIX, handleControlRequest } from "./control-api";
import type {
  EmulatorNumber,
  FailureSpec,
  MediaInput,
  StatusWebhookConfig,
} from "./emulator-config";
import type { EmulatorContext } from "./emulator-context";
import {
  EmulatorState,
  type Filter,
  type ReadReceipt,
  type RejectedRequest,
  type SentMessage,
} from "./emulator-state";
import { handleGraphRequest } from "./graph-api";
import { graphError } from "./graph-error";
import { planStatusCallbacks } from "./status-callbacks";
import {
  buildInboundWebhook,
  buildStatusWebhook,
  inboundWebhookInputSchema,
  type InboundWebhookInput,
  type StatusWebhookInput,
} from "./webhook-builders";
import { postWebhook, type WebhookDelivery } from "./webhook-poster";

export type EmulatorOptions = {
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Refuse numbers that were not registered (Graph error 100) instead of accepting any token. */
  strict?: boolean;
  numbers?: EmulatorNumber[];
  media?: MediaInput[];
  /** Failures armed from the start (and again after `reset({all: true})`). */
  failures?: FailureSpec[];
  /** Where to post status callbacks and inbound messages, signed with the app secret. */
  webhook?: StatusWebhookConfig;
  /** Refuse non-template sends to customers who wrote nothing in 24 h, with 131047. */
  enforceServiceWindow?: boolean;
  /** How many sends, reads, refusals and deliveries are kept (oldest dropped first). Default 100,000. */
  maxRecorded?: number;
  /** Largest accepted request body. Default 25 MB. */
  bodyLimitBytes?: number;
  /** Wall clock in ms for windows, URL expiry and status timestamps. Default Date.now. */
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
  log?: (line: string) => void;
};

export type EmulatorHandle = {
  /** e.g. http://127.0.0.1:43567 — the Graph API base URL for the client. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Accepted sends, in arrival order. */
  sent(filter?: Filter): SentMessage[];
  reads(filter?: { phoneNumberId?: string }): ReadReceipt[];
  rejected(filter?: Filter): RejectedRequest[];
  /** Forgets traffic and pending failures; `all` also returns numbers, media and webhook to the start options. */
  reset(options?: { all?: boolean }): void;
  injectFailure(spec: FailureSpec): string;
  clearFailures(): void;
  registerNumber(number: EmulatorNumber): void;
  /** Returns the media id to use in webhooks and `getMedia`. */
  registerMedia(media: MediaInput): string;
  setWebhook(config: StatusWebhookConfig | null): void;
  openServiceWindow(phoneNumberId: string, customer: string, atMs?: number): void;
  /** Posts a signed inbound webhook to the configured URL (and opens the customer's window). */
  postInbound(input: InboundWebhookInput): Promise<WebhookDelivery>;
  postStatuses(input: StatusWebhookInput): Promise<WebhookDelivery>;
  deliveries(): WebhookDelivery[];
  waitForSent(count: number, options?: Filter & { timeoutMs?: number }): Promise<SentMessage[]>;
  /** Resolves when no status callback is scheduled or in flight. */
  idle(): Promise<void>;
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const state = new EmulatorState(options.maxRecorded);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const bodyLimit = options.bodyLimitBytes ?? 25 * 1024 * 1024;
  // Status callbacks wait in these; reset and close wake them early and bump the generation so
  // the callbacks of forgotten traffic are dropped instead of posted.
  const sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  let generation = 0;
  let inFlight = 0;
  let idleWaiters: (() => void)[] = [];

  const applyStartOptions = () => {
    for (const number of options.numbers ?? []) state.registerNumber(number);
    for (const media of options.media ?? []) state.registerMedia(media);
    state.setWebhook(options.webhook ?? null);
    for (const failure of options.failures ?? []) state.injectFailure(failure);
  };
  applyStartOptions();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          sleepers.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      sleepers.add(entry);
    });
  const wakeSleepers = () => {
    generation++;
    for (const entry of sleepers) {
      clearTimeout(entry.timer);
      entry.wake();
    }
    sleepers.clear();
  };

  const settle = () => {
    if (inFlight === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((resolve) => resolve());
    }
  };

  async function deliver(body: unknown): Promise<WebhookDelivery> {
    const config = state.webhook;
    if (!config) throw new Error("No webhook configured: pass `webhook` or call setWebhook().");
    inFlight++;
    try {
      const delivery = await postWebhook(config.url, body, config.appSecret, {
        retries: config.retries,
        fetch: options.fetch,
      });
      state.recordDelivery(delivery);
      if (!delivery.ok)
        log(
          `webhook to ${config.url} failed: ${delivery.status} ${delivery.error ?? delivery.responseBody}`,
        );
      return delivery;
    } finally {
      inFlight--;
      settle();
    }
  }

  const ctx: EmulatorContext = {
    state,
    strict: options.strict ?? false,
    enforceServiceWindow: options.enforceServiceWindow ?? false,
    now,
    log,
    afterAccept(message) {
      const config = state.webhook;
      if (!config) return;
      const plan = planStatusCallbacks(message, config, now(), random).sort(
        (a, b) => a.delayMs - b.delayMs,
      );
      if (plan.length === 0) return;
      const started = performance.now();
      const mine = generation;
      inFlight++;
      // One message's callbacks go one after another, so the planned order is the order the app sees.
      void (async () => {
        try {
          for (const planned of plan) {
            const wait = planned.delayMs - (performance.now() - started);
            if (wait > 0) await pause(wait);
            if (generation !== mine) return;
            await deliver(buildStatusWebhook(planned.body)).catch(() => undefined);
          }
        } finally {
          inFlight--;
          settle();
        }
      })();
    },
    async postInbound(input) {
      const parsed = inboundWebhookInputSchema.parse(input);
      for (const customer of [parsed.from, parsed.fromUserId]) {
        if (customer) state.openWindow(parsed.phoneNumberId, customer, now());
      }
      return deliver(
        buildInboundWebhook({ ...parsed, wabaId: parsed.wabaId ?? state.webhook?.wabaId }),
      );
    },
    async postStatuses(input) {
      return deliver(buildStatusWebhook(input));
    },
  };

  const reset = (all: boolean) => {
    wakeSleepers();
    state.clearTraffic();
    if (all) {
      state.clearConfiguration();
      applyStartOptions();
    }
    settle();
  };

  const server: Server = createServer((req, res) => {
    const receivedAt = preciseNow();
    res.on("error", () => {});
    void (async () => {
      const url = new URL(req.url ?? "/", "http://emulator.local");
      let body: Buffer;
      try {
        body = await readBody(req, bodyLimit);
      } catch (error) {
        if (error instanceof BodyTooLargeError)
          sendJson(res, 413, graphError(100, { details: error.message, status: 413 }).body);
        return;
      }
      const request = { req, res, url, body, receivedAt };
      try {
        const handled = url.pathname.startsWith(CONTROL_PREFIX)
          ? await handleControlRequest(ctx, request, reset)
          : await handleGraphRequest(ctx, request);
        if (!handled) {
          const unknown = graphError(2500, {
            status: 404,
            message: `Unknown path components: ${url.pathname}`,
            details: "No such endpoint in the emulator.",
          });
          sendJson(res, unknown.status, unknown.body);
        }
      } catch (error) {
        log(
          `emulator error on ${req.method} ${url.pathname}: ${error instanceof Error ? error.stack : String(error)}`,
        );
        sendJson(
          res,
          500,
          graphError(1, { status: 500, details: "The emulator failed on this request." }).body,
        );
      }
    })();
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === "string")
    throw new Error("The emulator is not listening on a TCP port.");
  const urlHost =
    host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const url = `http://${urlHost}:${address.port}`;

  return {
    url,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        wakeSleepers();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    sent: (filter) => state.sent(filter),
    reads: (filter) => state.reads(filter),
    rejected: (filter) => state.rejected(filter),
    reset: (resetOptions) => reset(resetOptions?.all ?? false),
    injectFailure: (spec) => state.injectFailure(spec),
    clearFailures: () => state.clearFailures(),
    registerNumber: (number) => {
      state.registerNumber(number);
    },
    registerMedia: (media) => state.registerMedia(media).id,
    setWebhook: (config) => state.setWebhook(config),
    openServiceWindow: (phoneNumberId, customer, atMs) =>
      state.openWindow(phoneNumberId, customer, atMs ?? now()),
    postInbound: (input) => ctx.postInbound(input),
    postStatuses: (input) => ctx.postStatuses(input),
    deliveries: () => [...state.webhookDeliveries],
    waitForSent: (count, { timeoutMs = 5_000, ...filter } = {}) =>
      state.waitForSent(count, filter, timeoutMs),
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      }),
  };
}
