import { describe, expect, it } from "vitest";
import { toCloudApiPayload } from "../client/to-cloud-api-payload";
import { statusWebhookConfigSchema } from "./emulator-config";
import type { SentMessage } from "./emulator-state";
import { planStatusCallbacks } from "./status-callbacks";

const message: SentMessage = {
  seq: 1,
  wamid: "wamid.OUT",
  phoneNumberId: "PN",
  to: "31612345678",
  type: "text",
  payload: toCloudApiPayload("31612345678", { type: "text", text: "x" }),
  receivedAt: 0,
};
const config = (extra: Record<string, unknown> = {}) =>
  statusWebhookConfigSchema.parse({
    url: "http://app.local/hook",
    appSecret: "s",
    delaysMs: { sent: 10, delivered: 20, read: 30 },
    ...extra,
  });
const order = (plan: ReturnType<typeof planStatusCallbacks>) =>
  [...plan].sort((a, b) => a.delayMs - b.delayMs).map((p) => p.body.statuses[0]?.status);

describe("planStatusCallbacks", () => {
  it("in order: sent, delivered, read", () => {
    expect(order(planStatusCallbacks(message, config(), 0, Math.random))).toEqual([
      "sent",
      "delivered",
      "read",
    ]);
  });

  it("reverse and shuffle disturb only the posting order", () => {
    expect(
      order(planStatusCallbacks(message, config({ order: "reverse" }), 0, Math.random)),
    ).toEqual(["read", "delivered", "sent"]);
    const shuffled = planStatusCallbacks(message, config({ order: "shuffle" }), 0, () => 0);
    expect(order(shuffled)).toEqual(["read", "sent", "delivered"]);
    expect(shuffled.map((p) => p.body.statuses[0]?.timestamp)).toEqual([0, 0, 0]);
  });

  it("only the statuses asked for; delivered may never come", () => {
    expect(
      order(planStatusCallbacks(message, config({ statuses: ["sent", "read"] }), 0, Math.random)),
    ).toEqual(["sent", "read"]);
    expect(planStatusCallbacks(message, config({ statuses: [] }), 0, Math.random)).toEqual([]);
  });

  it("a business-scoped recipient is reported in recipient_user_id", () => {
    const [sent] = planStatusCallbacks({ ...message, to: "US.77" }, config(), 0, Math.random);
    expect(sent?.body.statuses[0]).toMatchObject({ recipientUserId: "US.77" });
    expect(sent?.body.statuses[0]).not.toHaveProperty("recipientId");
  });
});
