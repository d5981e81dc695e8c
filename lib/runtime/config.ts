import { z } from "zod";
import { DEFAULT_RATE_PER_SECOND, MAX_RATE_PER_SECOND } from "@/lib/whatsapp";

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
  /** Let HTTP nodes call private and loopback addresses (tests, local development). */
  allowPrivateHttp: boolean;
  /**
   * Drain jobs fetched at once per process (split over two workers); each worker drains its
   * jobs' contacts together, one transaction per round. Send jobs run in parallel.
   */
  drainConcurrency: number;
  sendConcurrency: number;
  /** Sends of one message before it is recorded as failed. */
  maxSendAttempts: number;
  /** How often the safety sweep re-queues work whose job was lost (crash between commit and job). */
  sweepIntervalMs: number;
}

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "on" || v === "yes");

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
  SOHBET_HTTP_ALLOW_PRIVATE: flag.default(false),
});

export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid runtime settings: ${problems.join("; ")}`);
  }
  return {
    graphApiUrl: parsed.data.WHATSAPP_GRAPH_API_URL,
    sendRatePerSecond: parsed.data.SOHBET_SEND_RATE,
    reorderWindowMs: parsed.data.SOHBET_REORDER_WINDOW_MS,
    allowPrivateHttp: parsed.data.SOHBET_HTTP_ALLOW_PRIVATE,
    drainConcurrency: 4,
    sendConcurrency: 8,
    maxSendAttempts: 8,
    sweepIntervalMs: 30_000,
  };
}

/** Whether this process runs the queue workers (`SOHBET_WORKERS=off` makes an app instance web-only). */
export function workersEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.SOHBET_WORKERS;
  if (value === undefined || value === "") return true;
  const parsed = flag.safeParse(value);
  return parsed.success ? parsed.data : true;
}
