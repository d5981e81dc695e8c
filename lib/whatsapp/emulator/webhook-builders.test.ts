import { describe, expect, it } from "vitest";
import { parseWebhook } from "../webhook/parse-webhook";
import type { WebhookEvent } from "../webhook/webhook-event";
import { type InboundSpec } from "./inbound-spec";
import {
  buildContact,
  buildInboundMessage,
  buildInboundWebhook,
  buildStatus,
  buildStatusWebhook,
  buildWebhookBody,
} from "./webhook-builders";

function events(body: unknown): WebhookEvent[] {
  const result = parseWebhook(body);
  if (!result.ok) throw new Error(result.message);
  return result.events;
}

const customer = { phoneNumberId: "PN1", from: "31612345678", profileName: "Jan" };

describe("webhook builders round-trip through parseWebhook", () => {
  const cases: [InboundSpec, Record<string, unknown>][] = [
    [
      { type: "text", body: "Hoi! 🚲" },
      { kind: "text", text: "Hoi! 🚲" },
    ],
    [
      { type: "button_reply", buttonId: "yes", title: "Ja" },
      { kind: "button", buttonId: "yes", title: "Ja" },
    ],
    [
      { type: "list_reply", rowId: "r1", title: "Rood", description: "Red" },
      { kind: "list", rowId: "r1", title: "Rood", description: "Red" },
    ],
    [
      { type: "template_button", payload: "STOP", text: "Stop" },
      { kind: "button", buttonId: "STOP", title: "Stop" },
    ],
    [
      { type: "location", latitude: 52.37, longitude: 4.89, name: "Dam" },
      { kind: "location", latitude: 52.37, longitude: 4.89, name: "Dam" },
    ],
    [
      { type: "image", mediaId: "m1", caption: "look" },
      { kind: "media", mediaKind: "image", mediaId: "m1", mimeType: "image/jpeg", caption: "look" },
    ],
    [
      { type: "video", mediaId: "m2" },
      { kind: "media", mediaKind: "video", mediaId: "m2", mimeType: "video/mp4" },
    ],
    [
      { type: "audio", mediaId: "m3", voice: true },
      { kind: "media", mediaKind: "audio", mediaId: "m3", mimeType: "audio/ogg; codecs=opus" },
    ],
    [
      { type: "document", mediaId: "m4", filename: "bon.pdf" },
      { kind: "media", mediaKind: "document", mediaId: "m4", filename: "bon.pdf" },
    ],
    [
      { type: "sticker", mediaId: "m5", animated: false },
      { kind: "media", mediaKind: "sticker", mediaId: "m5", mimeType: "image/webp" },
    ],
    [
      { type: "contacts", contacts: [{ name: "Piet Jansen", phones: ["+31 6 11111111"] }] },
      { kind: "contacts", contacts: [{ name: "Piet Jansen", phones: ["+31 6 11111111"] }] },
    ],
    [
      { type: "reaction", messageId: "wamid.OUT", emoji: "❤️" },
      { kind: "reaction", messageId: "wamid.OUT", emoji: "❤️" },
    ],
    [
      { type: "reaction", messageId: "wamid.OUT" },
      { kind: "reaction", messageId: "wamid.OUT" },
    ],
    [
      {
        type: "order",
        catalogId: "c1",
        text: "graag",
        items: [{ productId: "sku", quantity: 2, itemPrice: 9.5, currency: "EUR" }],
      },
      {
        kind: "order",
        catalogId: "c1",
        text: "graag",
        items: [{ productId: "sku", quantity: 2, itemPrice: 9.5, currency: "EUR" }],
      },
    ],
    [{ type: "unsupported" }, { kind: "unknown", rawType: "unsupported" }],
    [
      { type: "raw", rawType: "poll_vote", payload: { option: 2 } },
      { kind: "unknown", rawType: "poll_vote" },
    ],
    [
      {
        type: "text",
        body: "from the ad",
        referral: { source_id: "ad1", source_type: "ad", ctwa_clid: "clid" },
      },
      { kind: "text", referral: { adId: "ad1", sourceType: "ad", ctwaClid: "clid" } },
    ],
    [
      { type: "text", body: "re", replyTo: "wamid.Q" },
      { kind: "text", replyTo: "wamid.Q" },
    ],
  ];

  it.each(cases)("%o", (spec, expected) => {
    const [event, ...rest] = events(buildInboundWebhook({ ...customer, messages: [spec] }));
    expect(rest).toEqual([]);
    if (event?.type !== "message") throw new Error(`got ${event?.type}`);
    expect(event.message).toMatchObject(expected);
    expect(event.contact).toEqual({ key: "31612345678", waId: "31612345678", profileName: "Jan" });
    expect(event.phoneNumberId).toBe("PN1");
  });

  it("keeps the given id and timestamp", () => {
    const [event] = events(
      buildInboundWebhook({
        ...customer,
        messages: [{ type: "text", body: "x", id: "wamid.FIXED", timestamp: 1700000000 }],
      }),
    );
    expect(event?.type === "message" && event.message).toMatchObject({
      id: "wamid.FIXED",
      timestamp: 1700000000000,
    });
  });

  it("user_changed_number is a system event and the body has no contacts array", () => {
    const body = buildInboundWebhook({
      ...customer,
      messages: [{ type: "user_changed_number", newWaId: "31687654321" }],
    });
    expect(JSON.stringify(body)).not.toContain('"contacts"');
    expect(events(body)).toEqual([
      expect.objectContaining({
        type: "system",
        systemType: "user_changed_number",
        newWaId: "31687654321",
      }),
    ]);
  });

  it("username users: from is empty and from_user_id set", () => {
    const body = buildInboundWebhook({
      phoneNumberId: "PN1",
      from: "",
      fromUserId: "NL.4455",
      profileName: "Anon",
      messages: [{ type: "text", body: "hi" }],
    });
    const message = buildInboundMessage(
      { type: "text", body: "hi" },
      { from: "", fromUserId: "NL.4455" },
    );
    expect(message).toMatchObject({ from: "", from_user_id: "NL.4455" });
    expect(buildContact({ from: "", fromUserId: "NL.4455", profileName: "Anon" })).toEqual({
      profile: { name: "Anon" },
      user_id: "NL.4455",
    });
    expect(events(body)[0]).toMatchObject({
      contact: { key: "NL.4455", userId: "NL.4455", profileName: "Anon" },
    });
  });

  it("batches 2 entries × 3 messages across two numbers", () => {
    const change = (pn: string) => ({
      phoneNumberId: pn,
      contacts: [buildContact({ from: "111", profileName: "A" })],
      messages: [1, 2, 3].map((n) =>
        buildInboundMessage({ type: "text", body: `${pn}-${n}` }, { from: "111" }),
      ),
    });
    const body = buildWebhookBody([
      { wabaId: "W1", changes: [change("P1")] },
      { wabaId: "W2", changes: [change("P2")] },
    ]);
    expect(
      events(body).map((e) =>
        e.type === "message" && e.message.kind === "text" ? `${e.wabaId}:${e.message.text}` : "?",
      ),
    ).toEqual(["W1:P1-1", "W1:P1-2", "W1:P1-3", "W2:P2-1", "W2:P2-2", "W2:P2-3"]);
  });

  it("status callbacks: sent with pricing, failed with errors, biz opaque data", () => {
    const body = buildStatusWebhook({
      phoneNumberId: "PN1",
      statuses: [
        {
          id: "wamid.A",
          status: "sent",
          recipientId: "31612345678",
          timestamp: 1700000000,
          bizOpaqueCallbackData: "ob:1",
          conversationId: "c1",
        },
        {
          id: "wamid.B",
          status: "failed",
          recipientId: "31612345678",
          errors: [{ code: 131026, title: "Message undeliverable" }],
        },
      ],
    });
    const [sent, failed] = events(body);
    expect(sent).toMatchObject({
      type: "status",
      messageId: "wamid.A",
      status: "sent",
      timestamp: 1700000000000,
      recipientId: "31612345678",
      bizOpaqueCallbackData: "ob:1",
      conversationId: "c1",
      pricing: { billable: true, pricingModel: "PMP", category: "service", type: "regular" },
    });
    expect(failed).toMatchObject({
      status: "failed",
      errors: [{ code: 131026, title: "Message undeliverable", details: "Message undeliverable" }],
    });
    expect(failed).not.toHaveProperty("pricing");
    expect(buildStatus({ id: "x", status: "read", recipientUserId: "US.1" })).not.toHaveProperty(
      "recipient_id",
    );
  });

  it("refuses a spec that is not one", () => {
    expect(() => buildInboundWebhook({ ...customer, messages: [] })).toThrow();
  });
});
