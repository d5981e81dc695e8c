/**
 * The Graph API emulator each app server talks to (playwright.config.ts starts it on the server's
 * port + 50), driven through its control API so every spec can use it at once. Tests keep apart
 * by using phone number ids of their own.
 */
import { randomInt } from "node:crypto";
import { expect } from "@playwright/test";
import { z } from "zod";
import {
  buildInboundWebhook,
  signedWebhookRequest,
  type InboundWebhookInput,
  type StatusWebhookConfig,
} from "@/lib/whatsapp/emulator";

/** A phone number id no other test uses. */
export function uniquePhoneNumberId(): string {
  return `1065${Date.now() % 1e9}${randomInt(1000, 9999)}`;
}

const sentSchema = z.object({
  messages: z.array(
    z.object({
      seq: z.number(),
      phoneNumberId: z.string(),
      to: z.string(),
      type: z.string(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type Sent = z.infer<typeof sentSchema>["messages"][number];
const deliveriesSchema = z.object({
  deliveries: z.array(z.object({ url: z.string(), status: z.number(), body: z.unknown() })),
});
export type Delivery = z.infer<typeof deliveriesSchema>["deliveries"][number];
type Filter = { phoneNumberId?: string; to?: string };

async function control(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { "content-type": "application/json", ...init.headers },
  });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`emulator ${url}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export function emulatorFor(baseURL: string | undefined) {
  if (!baseURL) throw new Error("no baseURL");
  const url = `http://127.0.0.1:${Number(new URL(baseURL).port) + 50}`;
  const query = (filter: Filter) => new URLSearchParams(Object.entries(filter)).toString();
  const sent = async (filter: Filter = {}): Promise<Sent[]> =>
    sentSchema.parse(await control(`${url}/__emulator/messages?${query(filter)}`)).messages;
  const deliveries = async (): Promise<Delivery[]> =>
    deliveriesSchema.parse(await control(`${url}/__emulator/deliveries`)).deliveries;
  return {
    url,
    sent,
    deliveries,
    async registerNumber(number: {
      phoneNumberId: string;
      accessToken: string;
      displayPhoneNumber?: string;
      verifiedName?: string;
    }) {
      await control(`${url}/__emulator/numbers`, { method: "POST", body: JSON.stringify(number) });
    },
    /** Where status callbacks and `postInbound` go (one webhook per emulator). */
    async setWebhook(config: StatusWebhookConfig) {
      await control(`${url}/__emulator/webhook`, { method: "PUT", body: JSON.stringify(config) });
    },
    async clearWebhook() {
      await control(`${url}/__emulator/webhook`, { method: "DELETE" });
    },
    /** A customer's message, signed and posted by the emulator to the configured webhook. */
    async postInbound(input: InboundWebhookInput): Promise<{ status: number }> {
      const body = z.object({ delivery: z.object({ status: z.number() }) }).parse(
        await control(`${url}/__emulator/inbound`, {
          method: "POST",
          body: JSON.stringify(input),
        }),
      );
      return body.delivery;
    },
    async waitForSent(count: number, options: Filter & { timeoutMs?: number } = {}) {
      const { timeoutMs = 5_000, ...filter } = options;
      await expect
        .poll(async () => (await sent(filter)).length, { timeout: timeoutMs })
        .toBeGreaterThanOrEqual(count);
      return sent(filter);
    },
    /** Until no new webhook delivery has started for half a second. */
    async idle() {
      let last = -1;
      for (;;) {
        const count = (await deliveries()).length;
        if (count === last) return;
        last = count;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    },
  };
}

/** Posts a customer's message to the app's webhook exactly as Meta would: signed with the app secret. */
export async function customerWrites(
  webhookUrl: string,
  appSecret: string,
  input: InboundWebhookInput,
) {
  const { rawBody, headers } = signedWebhookRequest(buildInboundWebhook(input), appSecret);
  const response = await fetch(webhookUrl, { method: "POST", body: rawBody, headers });
  expect(response.status).toBe(200);
}
