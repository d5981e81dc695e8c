/**
 * Zod schemas of everything that configures the emulator, shared by its options API and its
 * `/__emulator/…` control endpoints (so Playwright and other processes drive it the same way).
 */
import { z } from "zod";

export const emulatorNumberSchema = z.object({
  phoneNumberId: z.string().min(1),
  /** Requests for this number must carry exactly this bearer token (else Graph error 190). */
  accessToken: z.string().min(1),
  displayPhoneNumber: z.string().optional(),
  verifiedName: z.string().optional(),
  qualityRating: z.string().optional(),
  /** When set, sends beyond this many per second are refused with 130429, like Meta does. */
  throughputPerSecond: z.number().positive().optional(),
});
export type EmulatorNumber = z.input<typeof emulatorNumberSchema>;

export const mediaInputSchema = z.object({
  id: z.string().min(1).optional(),
  mimeType: z.string().min(1),
  /** Whom the media belongs to: its download then needs that number's token. */
  phoneNumberId: z.string().optional(),
  bytes: z.union([
    z.custom<Uint8Array>((v) => v instanceof Uint8Array, "Expected bytes"),
    z.string(),
  ]),
});
export type MediaInput = z.input<typeof mediaInputSchema>;

/** The control endpoint takes bytes as base64 (or plain text). */
export const mediaControlSchema = z
  .object({
    id: z.string().min(1).optional(),
    mimeType: z.string().min(1),
    phoneNumberId: z.string().optional(),
    base64: z.string().optional(),
    text: z.string().optional(),
  })
  .refine(
    (m) => (m.base64 === undefined) !== (m.text === undefined),
    "Give exactly one of base64 and text.",
  );

const statusName = z.enum(["sent", "delivered", "read"]);

export const statusWebhookConfigSchema = z.object({
  /** The app's webhook URL, e.g. http://localhost:3000/api/webhooks/whatsapp/<channelId>. */
  url: z.url(),
  appSecret: z.string().min(1),
  wabaId: z.string().optional(),
  /** Which status callbacks to post for each accepted message. `[]` posts none. */
  statuses: z.array(statusName).default(["sent", "delivered", "read"]),
  /** Delay after acceptance before each status is posted. */
  delaysMs: z
    .object({
      sent: z.number().nonnegative(),
      delivered: z.number().nonnegative(),
      read: z.number().nonnegative(),
    })
    .partial()
    .default({}),
  /** Post in natural order, reversed, or shuffled (Meta gives no ordering guarantee). */
  order: z.enum(["in-order", "reverse", "shuffle"]).default("in-order"),
  /** Extra attempts when the app does not answer 2xx. */
  retries: z.number().int().nonnegative().default(2),
});
export type StatusWebhookConfig = z.input<typeof statusWebhookConfigSchema>;
export type ResolvedStatusWebhookConfig = z.output<typeof statusWebhookConfigSchema>;

export const failureEndpointSchema = z.enum([
  "messages",
  "mark_read",
  "media",
  "media_download",
  "phone_number",
  "any",
]);
export type FailureEndpoint = z.infer<typeof failureEndpointSchema>;

export const failureSpecSchema = z.object({
  /** How many matching requests fail; each consumes one. */
  times: z.number().int().positive().default(1),
  /** Only requests to this business number… */
  phoneNumberId: z.string().optional(),
  /** …and/or to this recipient (`to` or `recipient` of a send). */
  to: z.string().optional(),
  endpoint: failureEndpointSchema.default("messages"),
  /** Answer only after this long (a slow Meta); combined with an error, or alone to succeed slowly. */
  delayMs: z.number().int().nonnegative().max(600_000).optional(),
  /** Answer this Graph error (131047, 130429, 131056, 100, 190, 131026, …). */
  graphCode: z.number().int().optional(),
  /** HTTP status: with graphCode it overrides Meta's; alone it answers a bare, non-Graph error (e.g. 500). */
  httpStatus: z.number().int().min(400).max(599).optional(),
  details: z.string().optional(),
  /** Accept the send (a wamid comes back), then report graphCode in a `failed` status webhook. */
  asStatus: z.boolean().optional(),
  /** Close the connection without answering: a network error for the client. */
  dropConnection: z.boolean().optional(),
});
export type FailureSpec = z.input<typeof failureSpecSchema>;
export type ResolvedFailureSpec = z.output<typeof failureSpecSchema>;
