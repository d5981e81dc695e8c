/**
 * `/__emulator/…`: the control endpoints, so Playwright tests and other processes can drive a
 * running emulator exactly as an embedding test drives its handle. JSON in, JSON out; a bad body
 * gets HTTP 400 with a message.
 *
 *   GET    /__emulator/health
 *   GET    /__emulator/messages?phoneNumberId=&to=   accepted sends, in order
 *   GET    /__emulator/reads?phoneNumberId=           mark-as-read calls
 *   GET    /__emulator/rejected?phoneNumberId=&to=    refused requests and their codes
 *   POST   /__emulator/reset        {all?}             forget traffic (all: configuration too)
 *   GET    /__emulator/numbers       POST {phoneNumberId, accessToken, …}
 *   GET    /__emulator/failures      POST {graphCode|httpStatus|delayMs|…}   DELETE
 *   POST   /__emulator/media         {mimeType, base64|text, id?, phoneNumberId?}
 *   GET    /__emulator/webhook       PUT {url, appSecret, statuses?, delaysMs?, order?}   DELETE
 *   POST   /__emulator/inbound       {phoneNumberId, from, messages:[…]}  posts a signed webhook
 *   POST   /__emulator/statuses      {phoneNumberId, statuses:[…]}        posts a signed webhook
 *   POST   /__emulator/window        {phoneNumberId, customer}            opens a 24 h window
 *   GET    /__emulator/deliveries    webhooks posted to the app and their answers
 */
import { z } from "zod";
import { describeZodError } from "../describe-zod-error";
import {
  emulatorNumberSchema,
  failureSpecSchema,
  mediaControlSchema,
  statusWebhookConfigSchema,
} from "./emulator-config";
import type { EmulatorContext } from "./emulator-context";
import type { GraphRequest } from "./graph-request";
import { parseJson, sendJson } from "./http-helpers";
import { inboundWebhookInputSchema, statusWebhookInputSchema } from "./webhook-builders";

export const CONTROL_PREFIX = "/__emulator";

const resetSchema = z.object({ all: z.boolean().optional() });
const windowSchema = z.object({ phoneNumberId: z.string().min(1), customer: z.string().min(1) });

function filterFrom(url: URL) {
  const phoneNumberId = url.searchParams.get("phoneNumberId") ?? undefined;
  const to = url.searchParams.get("to") ?? undefined;
  return { phoneNumberId, to };
}

export async function handleControlRequest(
  ctx: EmulatorContext,
  r: GraphRequest,
  reset: (all: boolean) => void,
): Promise<boolean> {
  const route = `${r.req.method ?? "GET"} ${r.url.pathname.slice(CONTROL_PREFIX.length).replace(/\/+$/, "")}`;
  const { state } = ctx;

  function body<T>(schema: z.ZodType<T>, orEmpty = false): T | null {
    const parsed =
      r.body.length === 0 && orEmpty ? { ok: true as const, value: {} } : parseJson(r.body);
    if (!parsed.ok) {
      sendJson(r.res, 400, { error: "The body is not valid JSON." });
      return null;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      sendJson(r.res, 400, { error: describeZodError(result.error) });
      return null;
    }
    return result.data;
  }

  switch (route) {
    case "GET /health":
      sendJson(r.res, 200, {
        ok: true,
        numbers: state.numbers.size,
        sent: state.sentMessages.length,
      });
      return true;
    case "GET /messages":
      sendJson(r.res, 200, { messages: state.sent(filterFrom(r.url)) });
      return true;
    case "GET /reads":
      sendJson(r.res, 200, { reads: state.reads(filterFrom(r.url)) });
      return true;
    case "GET /rejected":
      sendJson(r.res, 200, { rejected: state.rejected(filterFrom(r.url)) });
      return true;
    case "POST /reset": {
      const input = body(resetSchema, true);
      if (!input) return true;
      reset(input.all ?? false);
      sendJson(r.res, 200, { ok: true });
      return true;
    }
    case "GET /numbers":
      sendJson(r.res, 200, {
        numbers: [...state.numbers.values()].map(({ accessToken: _secret, ...rest }) => rest),
      });
      return true;
    case "POST /numbers": {
      const input = body(emulatorNumberSchema);
      if (!input) return true;
      state.registerNumber(input);
      sendJson(r.res, 200, { ok: true, phoneNumberId: input.phoneNumberId });
      return true;
    }
    case "GET /failures":
      sendJson(r.res, 200, { failures: state.pendingFailures() });
      return true;
    case "POST /failures": {
      const input = body(failureSpecSchema);
      if (!input) return true;
      sendJson(r.res, 200, { id: state.injectFailure(input) });
      return true;
    }
    case "DELETE /failures":
      state.clearFailures();
      sendJson(r.res, 200, { ok: true });
      return true;
    case "POST /media": {
      const input = body(mediaControlSchema);
      if (!input) return true;
      const bytes =
        input.base64 !== undefined ? Buffer.from(input.base64, "base64") : (input.text ?? "");
      const stored = state.registerMedia({
        id: input.id,
        mimeType: input.mimeType,
        phoneNumberId: input.phoneNumberId,
        bytes,
      });
      sendJson(r.res, 200, { id: stored.id, sha256: stored.sha256, size: stored.bytes.length });
      return true;
    }
    case "GET /webhook": {
      const config = state.webhook;
      sendJson(r.res, 200, { webhook: config ? { ...config, appSecret: "********" } : null });
      return true;
    }
    case "PUT /webhook":
    case "POST /webhook": {
      const input = body(statusWebhookConfigSchema);
      if (!input) return true;
      state.setWebhook(input);
      sendJson(r.res, 200, { ok: true });
      return true;
    }
    case "DELETE /webhook":
      state.setWebhook(null);
      sendJson(r.res, 200, { ok: true });
      return true;
    case "POST /inbound": {
      const input = body(inboundWebhookInputSchema);
      if (!input) return true;
      if (!state.webhook) {
        sendJson(r.res, 409, { error: "Set a webhook first (PUT /__emulator/webhook)." });
        return true;
      }
      sendJson(r.res, 200, { delivery: await ctx.postInbound(input) });
      return true;
    }
    case "POST /statuses": {
      const input = body(statusWebhookInputSchema);
      if (!input) return true;
      if (!state.webhook) {
        sendJson(r.res, 409, { error: "Set a webhook first (PUT /__emulator/webhook)." });
        return true;
      }
      sendJson(r.res, 200, { delivery: await ctx.postStatuses(input) });
      return true;
    }
    case "POST /window": {
      const input = body(windowSchema);
      if (!input) return true;
      state.openWindow(input.phoneNumberId, input.customer, ctx.now());
      sendJson(r.res, 200, { ok: true });
      return true;
    }
    case "GET /deliveries":
      sendJson(r.res, 200, { deliveries: state.webhookDeliveries });
      return true;
    default:
      return false;
  }
}
