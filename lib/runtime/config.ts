import { z } from "zod";
import { DEFAULT_RATE_PER_SECOND, MAX_RATE_PER_SECOND } from "@/lib/whatsapp";
import { PRIVATE_HTTP_MODES, type PrivateHttpMode } from "./effects/private-http-policy";

/** Tunables of the runtime; `runtimeConfigFromEnv` reads them from the environment. */
export interface RuntimeConfig {
  /** Graph API base (the emulator's URL in tests and local development). */
  graphApiUrl: string;
  /** Messages per second per business number (Meta: 80 by default, up to 1,000 when upgraded). */
  sendRatePerSecond: number;
  /**
   * How long a contact's first new message waits before its drain starts, so messages Meta
   * delivers out of order (separate POSTs, same instant) are still handled in timestamp order.
   */
  reorderWindowMs: number;
  /**
   * Whether HTTP nodes may call private and loopback addresses: `always`, `never`, or as each
   * workspace's setting says (`workspace`). Applied with `privateHttpAllowed`.
   */
  privateHttp: PrivateHttpMode;
  /**
   * Drain jobs one process takes at a time, split over its two drain workers; each worker
   * drains its half's contacts together, one transaction per round (a batch, not parallel jobs).
   */
  drainJobsPerFetch: number;
  /** Send jobs likewise: each send worker sends its half's conversations round by round. */
  sendJobsPerFetch: number;
  /**
   * Marks each handled customer message read (blue ticks), with "typing…" when a reply is queued
   * (SOHBET_READ_RECEIPTS, on unless `off`).
   */
  readReceipts: boolean;
  /** Sends of one message before it is recorded as failed. */
  maxSendAttempts: number;
  /** How often the safety sweep re-queues work whose job was lost (crash between commit and job). */
  sweepIntervalMs: number;
}

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "on" || v === "yes");

const LEGACY_ALWAYS = ["1", "true", "on", "yes"];
const LEGACY_WORKSPACE = ["0", "false", "off", "no"];

/**
 * SOHBET_HTTP_ALLOW_PRIVATE. It used to be an on/off flag: "on" values keep meaning `always`, and
 * "off" values mean `workspace`, the new default (off used to be the default, and a workspace's
 * own setting starts off, so nothing opens by itself).
 */
export const privateHttpModeSchema = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  const v = value.trim().toLowerCase();
  if (v === "") return undefined;
  if (LEGACY_ALWAYS.includes(v)) return "always";
  if (LEGACY_WORKSPACE.includes(v)) return "workspace";
  return v;
}, z.enum(PRIVATE_HTTP_MODES).default("workspace"));

const envSchema = z.object({
  WHATSAPP_GRAPH_API_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.url().default("https://graph.facebook.com"),
  ),
  SOHBET_SEND_RATE: z.coerce
    .number()
    .positive()
    .max(MAX_RATE_PER_SECOND)
    .default(DEFAULT_RATE_PER_SECOND),
  SOHBET_REORDER_WINDOW_MS: z.coerce.number().int().min(0).max(10_000).default(150),
  SOHBET_HTTP_ALLOW_PRIVATE: privateHttpModeSchema,
  SOHBET_READ_RECEIPTS: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
    flag.default(true),
  ),
});

function invalidSettings(error: z.ZodError): Error {
  const problems = error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  return new Error(`Invalid runtime settings: ${problems.join("; ")}`);
}

export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw invalidSettings(parsed.error);
  return {
    graphApiUrl: parsed.data.WHATSAPP_GRAPH_API_URL,
    sendRatePerSecond: parsed.data.SOHBET_SEND_RATE,
    reorderWindowMs: parsed.data.SOHBET_REORDER_WINDOW_MS,
    privateHttp: parsed.data.SOHBET_HTTP_ALLOW_PRIVATE,
    readReceipts: parsed.data.SOHBET_READ_RECEIPTS,
    drainJobsPerFetch: 4,
    sendJobsPerFetch: 8,
    maxSendAttempts: 8,
    sweepIntervalMs: 30_000,
  };
}

/**
 * The operator's private-HTTP mode alone, for the settings page and the simulator (which need no
 * other runtime setting, and must not fail on one).
 */
export function privateHttpModeFromEnv(env: NodeJS.ProcessEnv = process.env): PrivateHttpMode {
  const parsed = z
    .object({ SOHBET_HTTP_ALLOW_PRIVATE: privateHttpModeSchema })
    .safeParse({ SOHBET_HTTP_ALLOW_PRIVATE: env.SOHBET_HTTP_ALLOW_PRIVATE });
  if (!parsed.success) throw invalidSettings(parsed.error);
  return parsed.data.SOHBET_HTTP_ALLOW_PRIVATE;
}

/** Whether this process runs the queue workers (`SOHBET_WORKERS=off` makes an app instance web-only). */
export function workersEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.SOHBET_WORKERS;
  if (value === undefined || value === "") return true;
  const parsed = flag.safeParse(value);
  return parsed.success ? parsed.data : true;
}

const webhookPortSchema = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce.number().int().min(1).max(65_535).optional(),
);

/**
 * SOHBET_WEBHOOK_PORT: a `npm run worker` process also answers Meta's webhooks on this port
 * (intake/webhook-listener.ts); unset, it only works the queues.
 */
export function webhookPortFromEnv(env: NodeJS.ProcessEnv = process.env): number | null {
  const parsed = webhookPortSchema.safeParse(env.SOHBET_WEBHOOK_PORT);
  if (!parsed.success) {
    throw new Error(
      "Invalid runtime settings: SOHBET_WEBHOOK_PORT must be a port number (1–65535).",
    );
  }
  return parsed.data ?? null;
}
