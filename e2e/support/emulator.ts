import { randomInt } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { z } from "zod";
import {
  buildInboundWebhook,
  signedWebhookRequest,
  type InboundWebhookInput,
} from "@/lib/whatsapp/emulator";

/** The Graph API emulator playwright.config.ts starts next to the app (E2E_PORT_BASE + 90). */
export const emulatorUrl = `http://127.0.0.1:${Number(process.env.E2E_PORT_BASE ?? 3100) + 90}`;

/** A phone number id no other test uses, so tests share the emulator without seeing each other. */
export function uniquePhoneNumberId(): string {
  return `1065${Date.now() % 1e9}${randomInt(1000, 9999)}`;
}

export async function registerNumber(
  request: APIRequestContext,
  number: {
    phoneNumberId: string;
    accessToken: string;
    displayPhoneNumber?: string;
    verifiedName?: string;
  },
) {
  const response = await request.post(`${emulatorUrl}/__emulator/numbers`, { data: number });
  expect(response.ok()).toBe(true);
}

const sentSchema = z.object({
  messages: z.array(
    z.object({
      seq: z.number(),
      to: z.string(),
      type: z.string(),
      payload: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type Sent = z.infer<typeof sentSchema>["messages"][number];

/** What the app sent through the Cloud API for one number, oldest first. */
export async function sentMessages(
  request: APIRequestContext,
  phoneNumberId: string,
): Promise<Sent[]> {
  const response = await request.get(
    `${emulatorUrl}/__emulator/messages?phoneNumberId=${phoneNumberId}`,
  );
  return sentSchema.parse(await response.json()).messages;
}

/** Posts a customer's message to the app's webhook exactly as Meta would: signed with the app secret. */
export async function customerWrites(
  request: APIRequestContext,
  webhookUrl: string,
  appSecret: string,
  input: InboundWebhookInput,
) {
  const { rawBody, headers } = signedWebhookRequest(buildInboundWebhook(input), appSecret);
  const response = await request.post(webhookUrl, { data: rawBody, headers });
  expect(response.status()).toBe(200);
}
