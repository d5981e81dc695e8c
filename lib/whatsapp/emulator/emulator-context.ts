import type { InboundWebhookInput, StatusWebhookInput } from "./webhook-builders";
import type { EmulatorState, SentMessage } from "./emulator-state";
import type { WebhookDelivery } from "./webhook-poster";

/** What the Graph and control handlers need from the running emulator. */
export type EmulatorContext = {
  state: EmulatorState;
  /** Refuse numbers that were not registered (Graph error 100) instead of accepting any token. */
  strict: boolean;
  /** Refuse non-template sends to customers without an inbound message in 24 h (131047). */
  enforceServiceWindow: boolean;
  /** Wall clock (ms) for windows and status timestamps. */
  now: () => number;
  /** Called for each accepted message: schedules its status callbacks. */
  afterAccept: (message: SentMessage) => void;
  postInbound: (input: InboundWebhookInput) => Promise<WebhookDelivery>;
  postStatuses: (input: StatusWebhookInput) => Promise<WebhookDelivery>;
  log: (line: string) => void;
};
