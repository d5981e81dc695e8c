/**
 * The WhatsApp layer: pure or standalone, it imports only the flow's channel-neutral types.
 * The Graph API emulator lives in `./emulator` and is for tests and local development only.
 */
export { signBody, verifySignature } from "./signature";

export {
  parseWebhook,
  parseWebhookBody,
  type ParseWebhookResult,
  type WebhookRejectionReason,
} from "./webhook/parse-webhook";
export { parseVerifyChallenge } from "./webhook/parse-verify-challenge";
export {
  apiErrorSchema,
  contactRefSchema,
  deliveryStatusSchema,
  errorEventSchema,
  invalidEventSchema,
  messageEventSchema,
  statusEventSchema,
  systemEventSchema,
  webhookEventSchema,
  type ApiError,
  type ContactRef,
  type DeliveryStatus,
  type ErrorEvent,
  type InvalidEvent,
  type MessageEvent,
  type StatusEvent,
  type SystemEvent,
  type WebhookEvent,
} from "./webhook/webhook-event";

export {
  markAsReadPayload,
  toCloudApiPayload,
  type PayloadOptions,
} from "./client/to-cloud-api-payload";
export {
  cloudApiMessageSchema,
  type CloudApiMarkRead,
  type CloudApiMessage,
} from "./client/cloud-api-message";
export { checkOutboundLimits } from "./client/check-outbound-limits";
export {
  payloadViolationSchema,
  validateCloudApiPayload,
  type PayloadViolation,
} from "./client/validate-cloud-api-payload";
export { charCount } from "./client/char-count";
export { isBusinessScopedUserId } from "./client/is-business-scoped-user-id";
export {
  createCloudApiClient,
  type CloudApiClient,
  type CloudApiClientOptions,
  type DownloadedMedia,
  type MediaInfo,
  type PhoneNumberInfo,
  type SendResult,
} from "./client/cloud-api-client";
export {
  classifiedErrorSchema,
  classifyError,
  errorKindSchema,
  kindForCode,
  type ClassifiedError,
  type ErrorKind,
} from "./client/classify-error";
export { backoffDelay, type BackoffOptions } from "./client/backoff-delay";
export {
  createNumberRateLimiter,
  createTokenBucket,
  DEFAULT_RATE_PER_SECOND,
  MAX_RATE_PER_SECOND,
  type NumberRateLimiter,
  type TokenBucket,
  type TokenBucketOptions,
} from "./client/token-bucket";
export {
  explainConnectionError,
  type Explanation,
  type Locale,
} from "./client/explain-connection-error";
export { DEFAULT_GRAPH_API_VERSION } from "./client/graph-api-version";
