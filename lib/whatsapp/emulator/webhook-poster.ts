/**
 * Delivers webhook bodies the way Meta does: serialised with Meta's escaping, signed with the app
 * secret over those exact bytes, POSTed as JSON, retried on failure. Never throws.
 */
import { signBody } from "../signature";
import { serializeLikeMeta } from "./serialize-like-meta";

export type SignedWebhook = { rawBody: string; headers: Record<string, string> };

/**
 * The raw body and headers of a signed delivery, for tests that call a route handler directly.
 * `escapeUnicode: false` writes plain JSON.stringify output instead of Meta's `\uXXXX` form.
 */
export function signedWebhookRequest(
  body: unknown,
  appSecret: string,
  { escapeUnicode = true }: { escapeUnicode?: boolean } = {},
): SignedWebhook {
  const rawBody = escapeUnicode ? serializeLikeMeta(body) : (JSON.stringify(body) ?? "null");
  return {
    rawBody,
    headers: {
      "content-type": "application/json",
      "x-hub-signature-256": signBody(rawBody, appSecret),
    },
  };
}

export type PostWebhookOptions = {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Extra attempts after a failure (non-2xx or network error). Default 0. */
  retries?: number;
  retryDelayMs?: number;
  escapeUnicode?: boolean;
  /** Replaces the computed signature header, to test that the app refuses bad ones (`null` omits it). */
  signature?: string | null;
};

export type WebhookDelivery = {
  url: string;
  ok: boolean;
  /** HTTP status of the last attempt; 0 when no answer came. */
  status: number;
  responseBody: string;
  error?: string;
  attempts: number;
  body: unknown;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function postWebhook(
  url: string,
  body: unknown,
  appSecret: string,
  options: PostWebhookOptions = {},
): Promise<WebhookDelivery> {
  const { timeoutMs = 10_000, retries = 0, retryDelayMs = 100, escapeUnicode = true } = options;
  const doFetch = options.fetch ?? fetch;
  const { rawBody, headers } = signedWebhookRequest(body, appSecret, { escapeUnicode });
  if (options.signature === null) delete headers["x-hub-signature-256"];
  else if (options.signature !== undefined) headers["x-hub-signature-256"] = options.signature;

  const delivery: WebhookDelivery = {
    url,
    ok: false,
    status: 0,
    responseBody: "",
    attempts: 0,
    body,
  };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(retryDelayMs * attempt);
    delivery.attempts = attempt + 1;
    try {
      const response = await doFetch(url, {
        method: "POST",
        headers,
        body: rawBody,
        signal: AbortSignal.timeout(timeoutMs),
      });
      delivery.status = response.status;
      delivery.responseBody = await response.text();
      delivery.ok = response.ok;
      delete delivery.error;
      if (response.ok) return delivery;
    } catch (error) {
      delivery.status = 0;
      delivery.error = error instanceof Error ? error.message : String(error);
    }
  }
  return delivery;
}
