/** The Graph API emulator and webhook helpers, for tests and local development only. */
export { startEmulator, type EmulatorHandle, type EmulatorOptions } from "./start-emulator";
export type {
  EmulatorNumber,
  FailureSpec,
  MediaInput,
  StatusWebhookConfig,
} from "./emulator-config";
export type { ReadReceipt, RejectedRequest, SentMessage } from "./emulator-state";
export { generateWamid } from "./generate-wamid";
export { graphError } from "./graph-error";
export {
  inboundSpecSchema,
  statusSpecSchema,
  type InboundSpec,
  type StatusSpec,
} from "./inbound-spec";
export { serializeLikeMeta } from "./serialize-like-meta";
export { planStatusCallbacks } from "./status-callbacks";
export {
  buildChangeValue,
  buildContact,
  buildInboundMessage,
  buildInboundWebhook,
  buildStatus,
  buildStatusWebhook,
  buildWebhookBody,
  type ChangeInput,
  type InboundWebhookInput,
  type StatusWebhookInput,
} from "./webhook-builders";
export {
  postWebhook,
  signedWebhookRequest,
  type PostWebhookOptions,
  type WebhookDelivery,
} from "./webhook-poster";
