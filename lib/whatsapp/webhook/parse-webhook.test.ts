import { describe, expect, it } from "vitest";
import { inboundMessageSchema } from "@/lib/flow/io";
import { parseWebhook, parseWebhookBody } from "./parse-webhook";
import { webhookEventSchema, type WebhookEvent } from "./webhook-event";

const WABA = "102290129340398";
const PNID = "106540352242922";
const metadata = { display_phone_number: "15550783881", phone_number_id: PNID };
const contacts = [{ profile: { name: "Ayşe Yılmaz" }, wa_id: "905321234567" }];

function body(value: Record<string, unknown>, field = "messages") {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: WABA,
        changes: [{ value: { messaging_product: "whatsapp", metadata, ...value }, field }],
      },
    ],
  };
}

function single(message: Record<string, unknown>): WebhookEvent {
  const result = parseWebhook(body({ contacts, messages: [message] }));
  if (!result.ok) throw new Error(result.message);
  expect(result.events).toHaveLength(1);
  const [event] = result.events;
  if (!event) throw new Error("no event");
  expect(webhookEventSchema.safeParse(event).success).toBe(true);
  return event;
}

function inbound(message: Record<string, unknown>) {
  const event = single(message);
  if (event.type !== "message") throw new Error(`expected a message event, got ${event.type}`);
  expect(inboundMessageSchema.safeParse(event.message).success).toBe(true);
  return event;
}

const base = { from: "905321234567", id: "wamid.AAA", timestamp: "1749416383" };

describe("parseWebhook: inbound message types", () => {
  it("text, with the routing fields, contact and raw JSON", () => {
    const raw = { ...base, type: "text", text: { body: "Merhaba, kargom nerede?" } };
    const event = inbound(raw);
    expect(event).toEqual({
      type: "message",
      phoneNumberId: PNID,
      displayPhoneNumber: "15550783881",
      wabaId: WABA,
      contact: { key: "905321234567", waId: "905321234567", profileName: "Ayşe Yılmaz" },
      message: {
        id: "wamid.AAA",
        timestamp: 1749416383000,
        kind: "text",
        text: "Merhaba, kargom nerede?",
      },
      rawType: "text",
      raw,
    });
  });

  it("interactive button_reply with the context of the message it answers", () => {
    const event = inbound({
      ...base,
      type: "interactive",
      context: { from: "15550783881", id: "wamid.BUTTONS" },
      interactive: { type: "button_reply", button_reply: { id: "track", title: "Track order" } },
    });
    expect(event.rawType).toBe("interactive:button_reply");
    expect(event.message).toEqual({
      id: "wamid.AAA",
      timestamp: 1749416383000,
      replyTo: "wamid.BUTTONS",
      kind: "button",
      buttonId: "track",
      title: "Track order",
    });
  });

  it("interactive list_reply", () => {
    const event = inbound({
      ...base,
      type: "interactive",
      interactive: {
        type: "list_reply",
        list_reply: { id: "size-m", title: "M", description: "Medium" },
      },
    });
    expect(event.message).toMatchObject({
      kind: "list",
      rowId: "size-m",
      title: "M",
      description: "Medium",
    });
  });

  it("template quick-reply button: payload becomes the button id", () => {
    const event = inbound({
      ...base,
      type: "button",
      context: { from: "15550783881", id: "wamid.TEMPLATE" },
      button: { payload: "STOP_PROMOS", text: "Stop promotions" },
    });
    expect(event.rawType).toBe("button");
    expect(event.message).toMatchObject({
      kind: "button",
      buttonId: "STOP_PROMOS",
      title: "Stop promotions",
      replyTo: "wamid.TEMPLATE",
    });
  });

  it("location", () => {
    const event = inbound({
      ...base,
      type: "location",
      location: {
        latitude: 41.0082,
        longitude: 28.9784,
        name: "Sultanahmet",
        address: "Fatih, İstanbul",
        url: "https://x",
      },
    });
    expect(event.message).toMatchObject({
      kind: "location",
      latitude: 41.0082,
      longitude: 28.9784,
      name: "Sultanahmet",
      address: "Fatih, İstanbul",
    });
  });

  it.each(["image", "video", "audio", "document", "sticker"] as const)(
    "%s media keeps the media id for later download",
    (kind) => {
      const media: Record<string, unknown> = {
        id: `media-${kind}`,
        mime_type: "application/octet-stream",
        sha256: "abc",
      };
      if (kind === "image" || kind === "video" || kind === "document") media.caption = "bak";
      if (kind === "document") media.filename = "fatura.pdf";
      if (kind === "audio") media.voice = true;
      if (kind === "sticker") media.animated = false;
      const event = inbound({ ...base, type: kind, [kind]: media });
      expect(event.rawType).toBe(kind);
      expect(event.message).toEqual({
        id: "wamid.AAA",
        timestamp: 1749416383000,
        kind: "media",
        mediaKind: kind,
        mediaId: `media-${kind}`,
        mimeType: "application/octet-stream",
        ...(media.caption ? { caption: "bak" } : {}),
        ...(kind === "document" ? { filename: "fatura.pdf" } : {}),
      });
    },
  );

  it("contacts", () => {
    const event = inbound({
      ...base,
      type: "contacts",
      contacts: [
        {
          name: { formatted_name: "Jan de Vries", first_name: "Jan" },
          phones: [{ phone: "+31 6 12345678", wa_id: "31612345678", type: "CELL" }],
        },
        { name: { first_name: "Mehmet", last_name: "Kaya" }, phones: [{ wa_id: "905001112233" }] },
        { org: { company: "No name" } },
      ],
    });
    expect(event.message).toMatchObject({
      kind: "contacts",
      contacts: [
        { name: "Jan de Vries", phones: ["+31 6 12345678"] },
        { name: "Mehmet Kaya", phones: ["905001112233"] },
        { phones: [] },
      ],
    });
  });

  it("reaction, and a removed reaction without emoji", () => {
    const added = inbound({
      ...base,
      type: "reaction",
      reaction: { message_id: "wamid.OURS", emoji: "👍" },
    });
    expect(added.message).toMatchObject({ kind: "reaction", messageId: "wamid.OURS", emoji: "👍" });
    const removed = inbound({ ...base, type: "reaction", reaction: { message_id: "wamid.OURS" } });
    expect(removed.message).toEqual({
      id: "wamid.AAA",
      timestamp: 1749416383000,
      kind: "reaction",
      messageId: "wamid.OURS",
    });
    const emptied = inbound({
      ...base,
      type: "reaction",
      reaction: { message_id: "wamid.OURS", emoji: "" },
    });
    expect(emptied.message).not.toHaveProperty("emoji");
  });

  it("order, with numeric strings tolerated", () => {
    const event = inbound({
      ...base,
      type: "order",
      order: {
        catalog_id: "cat-1",
        text: "Bunları alayım",
        product_items: [
          { product_retailer_id: "sku-1", quantity: 2, item_price: 149.9, currency: "TRY" },
          { product_retailer_id: "sku-2", quantity: "1", item_price: "20", currency: "TRY" },
        ],
      },
    });
    expect(event.message).toMatchObject({
      kind: "order",
      catalogId: "cat-1",
      text: "Bunları alayım",
      items: [
        { productId: "sku-1", quantity: 2, itemPrice: 149.9, currency: "TRY" },
        { productId: "sku-2", quantity: 1, itemPrice: 20, currency: "TRY" },
      ],
    });
  });

  it("click-to-WhatsApp ad referral on a text message", () => {
    const event = inbound({
      ...base,
      type: "text",
      text: { body: "Is this still available?" },
      referral: {
        source_url: "https://fb.me/abc",
        source_id: "ad-42",
        source_type: "ad",
        headline: "Summer sale",
        body: "50% off",
        media_type: "image",
        image_url: "https://scontent/x.jpg",
        ctwa_clid: "clid-123",
      },
    });
    expect(event.message.referral).toEqual({
      adId: "ad-42",
      sourceUrl: "https://fb.me/abc",
      sourceType: "ad",
      headline: "Summer sale",
      body: "50% off",
      ctwaClid: "clid-123",
    });
  });

  it("a malformed referral is dropped, the message kept", () => {
    const event = inbound({ ...base, type: "text", text: { body: "hi" }, referral: "nonsense" });
    expect(event.message).toEqual({
      id: "wamid.AAA",
      timestamp: 1749416383000,
      kind: "text",
      text: "hi",
    });
  });

  it("unsupported messages become unknown with their errors", () => {
    const event = inbound({
      ...base,
      type: "unsupported",
      errors: [
        {
          code: 131051,
          title: "Message type unknown",
          message: "Message type unknown",
          error_data: { details: "Message type is currently not supported." },
        },
      ],
      unsupported: { type: "poll_creation" },
    });
    expect(event.message).toEqual({
      id: "wamid.AAA",
      timestamp: 1749416383000,
      kind: "unknown",
      rawType: "unsupported",
    });
    expect(event.errors).toEqual([
      {
        code: 131051,
        title: "Message type unknown",
        message: "Message type unknown",
        details: "Message type is currently not supported.",
      },
    ]);
  });

  it("an unknown future type is kept as unknown with raw JSON, never a throw", () => {
    const raw = {
      ...base,
      type: "hologram",
      hologram: { depth: 3 },
      extra_field: { nested: true },
    };
    const event = inbound(raw);
    expect(event.message).toMatchObject({ kind: "unknown", rawType: "hologram" });
    expect(event.raw).toEqual(raw);
  });

  it("a documented type with a body that does not match becomes unknown", () => {
    expect(inbound({ ...base, type: "text", text: { body: 42 } }).message).toMatchObject({
      kind: "unknown",
      rawType: "text",
    });
    expect(
      inbound({ ...base, type: "interactive", interactive: { type: "nfm_reply", nfm_reply: {} } })
        .message,
    ).toMatchObject({
      kind: "unknown",
      rawType: "interactive:nfm_reply",
    });
    expect(inbound({ ...base, type: "image" }).message).toMatchObject({
      kind: "unknown",
      rawType: "image",
    });
  });

  it("tolerates unknown extra fields everywhere", () => {
    const result = parseWebhook({
      object: "whatsapp_business_account",
      future_top: 1,
      entry: [
        {
          id: WABA,
          time: 1749416384,
          changes: [
            {
              field: "messages",
              extra: true,
              value: {
                messaging_product: "whatsapp",
                metadata: { ...metadata, extra: "x" },
                contacts: [
                  {
                    profile: { name: "A", extra: 1 },
                    wa_id: "905321234567",
                    identity_key_hash: "h",
                    country_code: "TR",
                  },
                ],
                messages: [
                  { ...base, type: "text", text: { body: "hi", extra: 2 }, from_logical_id: "9" },
                ],
                brand_new_array: [],
              },
            },
          ],
        },
      ],
    });
    expect(
      result.ok && result.events[0]?.type === "message" && result.events[0].message,
    ).toMatchObject({ kind: "text", text: "hi" });
  });

  it("the username case: from is empty, from_user_id keys the contact", () => {
    const result = parseWebhook(
      body({
        contacts: [
          { profile: { name: "Bob", username: "@bob" }, user_id: "US.13491208655302741918" },
        ],
        messages: [
          {
            from: "",
            from_user_id: "US.13491208655302741918",
            id: "wamid.U",
            timestamp: "1749416383",
            type: "text",
            text: { body: "hello" },
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    const event = result.ok ? result.events[0] : undefined;
    expect(event?.type === "message" && event.contact).toEqual({
      key: "US.13491208655302741918",
      userId: "US.13491208655302741918",
      profileName: "Bob",
      username: "@bob",
    });
  });

  it("phone and BSUID both present: keyed on the phone, both kept", () => {
    const event = single({ ...base, from_user_id: "TR.998877", type: "text", text: { body: "x" } });
    expect(event.type === "message" && event.contact).toMatchObject({
      key: "905321234567",
      waId: "905321234567",
      userId: "TR.998877",
    });
  });

  it("a message with neither from nor from_user_id, or a bad timestamp, is an invalid event", () => {
    const result = parseWebhook(
      body({
        messages: [
          { id: "wamid.1", timestamp: "1749416383", type: "text", text: { body: "x" } },
          { ...base, id: "wamid.2", timestamp: "yesterday", type: "text", text: { body: "x" } },
          { from: "1", type: "text", text: { body: "no id" }, timestamp: "1" },
          "not an object",
        ],
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.events.map((e) => e.type)).toEqual(["invalid", "invalid", "invalid", "invalid"]);
    expect(result.events[0]).toMatchObject({
      itemKind: "message",
      reason: expect.stringContaining("no sender"),
    });
    expect(result.events[1]).toMatchObject({ reason: expect.stringContaining("timestamp") });
  });
});

describe("parseWebhook: system, statuses, errors", () => {
  it("user_changed_number gives a system event with the new wa_id", () => {
    const raw = {
      from: "905321234567",
      id: "wamid.SYS",
      timestamp: "1749416383",
      type: "system",
      system: {
        body: "User A changed from 905321234567 to 905559998877",
        wa_id: "905559998877",
        type: "user_changed_number",
      },
    };
    const result = parseWebhook(body({ messages: [raw] }));
    if (!result.ok) throw new Error(result.message);
    expect(result.events).toEqual([
      {
        type: "system",
        phoneNumberId: PNID,
        displayPhoneNumber: "15550783881",
        wabaId: WABA,
        messageId: "wamid.SYS",
        timestamp: 1749416383000,
        systemType: "user_changed_number",
        contact: { key: "905321234567", waId: "905321234567" },
        body: "User A changed from 905321234567 to 905559998877",
        newWaId: "905559998877",
        raw,
      },
    ]);
  });

  it("user_changed_user_id carries the new and previous BSUID", () => {
    const result = parseWebhook(
      body({
        messages: [
          {
            from: "",
            from_user_id: "US.NEW",
            id: "wamid.SYS2",
            timestamp: "1749416383",
            type: "system",
            system: { type: "user_changed_user_id", user_id: "US.NEW", previous_user_id: "US.OLD" },
          },
        ],
      }),
    );
    expect(result.ok && result.events[0]).toMatchObject({
      type: "system",
      systemType: "user_changed_user_id",
      newUserId: "US.NEW",
      previousUserId: "US.OLD",
    });
  });

  it("statuses: sent with pricing, read, played, failed with errors, biz opaque data", () => {
    const result = parseWebhook(
      body({
        statuses: [
          {
            id: "wamid.OUT1",
            status: "sent",
            timestamp: "1750857384",
            recipient_id: "905321234567",
            conversation: {
              id: "conv-1",
              expiration_timestamp: "1750943820",
              origin: { type: "service" },
            },
            pricing: { billable: true, pricing_model: "CBP", category: "service" },
            biz_opaque_callback_data: "outbox:42",
          },
          {
            id: "wamid.OUT1",
            status: "read",
            timestamp: "1750857390",
            recipient_id: "905321234567",
          },
          {
            id: "wamid.OUT2",
            status: "played",
            timestamp: 1750857391,
            recipient_id: "905321234567",
          },
          {
            id: "wamid.OUT3",
            status: "failed",
            timestamp: "1750857392",
            recipient_id: "905321234567",
            errors: [
              {
                code: 131047,
                title: "Re-engagement message",
                message: "Re-engagement message",
                error_data: {
                  details: "Message failed to send because more than 24 hours have passed",
                },
                href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
              },
            ],
          },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.message);
    for (const event of result.events)
      expect(webhookEventSchema.safeParse(event).success).toBe(true);
    const [sent, read, played, failed] = result.events;
    expect(sent).toMatchObject({
      type: "status",
      messageId: "wamid.OUT1",
      status: "sent",
      timestamp: 1750857384000,
      recipientId: "905321234567",
      contact: { key: "905321234567" },
      pricing: { billable: true, pricingModel: "CBP", category: "service" },
      conversationId: "conv-1",
      bizOpaqueCallbackData: "outbox:42",
    });
    expect(read).toMatchObject({ status: "read", timestamp: 1750857390000 });
    expect(played).toMatchObject({ status: "played", messageId: "wamid.OUT2" });
    expect(failed).toMatchObject({
      status: "failed",
      errors: [
        { code: 131047, details: "Message failed to send because more than 24 hours have passed" },
      ],
    });
  });

  it("a status for a username recipient has only recipient_user_id", () => {
    const result = parseWebhook(
      body({
        statuses: [
          { id: "wamid.O", status: "delivered", timestamp: "1", recipient_user_id: "US.1" },
        ],
      }),
    );
    expect(result.ok && result.events[0]).toMatchObject({
      recipientId: "",
      recipientUserId: "US.1",
      contact: { key: "US.1" },
    });
  });

  it("an undocumented status is an invalid event, not a crash", () => {
    const result = parseWebhook(
      body({ statuses: [{ id: "wamid.O", status: "deleted", timestamp: "1", recipient_id: "1" }] }),
    );
    expect(result.ok && result.events[0]).toMatchObject({
      type: "invalid",
      itemKind: "status",
      reason: expect.stringContaining("deleted"),
    });
  });

  it("value.errors become error events", () => {
    const result = parseWebhook(
      body({
        errors: [
          {
            code: 130429,
            title: "Rate limit hit",
            message: "(#130429) Rate limit hit",
            error_data: { details: "Cloud API message throughput has been reached." },
            href: "/docs",
          },
          { title: "no code" },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.events[0]).toEqual({
      type: "error",
      phoneNumberId: PNID,
      displayPhoneNumber: "15550783881",
      wabaId: WABA,
      error: {
        code: 130429,
        title: "Rate limit hit",
        message: "(#130429) Rate limit hit",
        details: "Cloud API message throughput has been reached.",
        href: "/docs",
      },
      raw: {
        code: 130429,
        title: "Rate limit hit",
        message: "(#130429) Rate limit hit",
        error_data: { details: "Cloud API message throughput has been reached." },
        href: "/docs",
      },
    });
    expect(result.events[1]).toMatchObject({ type: "invalid", itemKind: "error" });
  });
});

describe("parseWebhook: batches and bodies", () => {
  it("flattens 2 entries × 3 messages in order, each with its own number and WABA", () => {
    const entry = (waba: string, pnid: string) => ({
      id: waba,
      changes: [
        {
          field: "messages",
          value: {
            messaging_product: "whatsapp",
            metadata: { display_phone_number: "1", phone_number_id: pnid },
            contacts: [
              { profile: { name: "A" }, wa_id: "111" },
              { profile: { name: "B" }, wa_id: "222" },
            ],
            messages: [1, 2, 3].map((n) => ({
              from: n === 2 ? "222" : "111",
              id: `wamid.${waba}.${n}`,
              timestamp: String(1700000000 + n),
              type: "text",
              text: { body: `m${n}` },
            })),
          },
        },
      ],
    });
    const result = parseWebhook({
      object: "whatsapp_business_account",
      entry: [entry("W1", "P1"), entry("W2", "P2")],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.events).toHaveLength(6);
    expect(
      result.events.map((e) =>
        e.type === "message"
          ? `${e.wabaId}/${e.phoneNumberId}/${e.message.id}/${e.contact.profileName}`
          : e.type,
      ),
    ).toEqual([
      "W1/P1/wamid.W1.1/A",
      "W1/P1/wamid.W1.2/B",
      "W1/P1/wamid.W1.3/A",
      "W2/P2/wamid.W2.1/A",
      "W2/P2/wamid.W2.2/B",
      "W2/P2/wamid.W2.3/A",
    ]);
  });

  it("mixes messages and statuses in one change, and skips other fields", () => {
    const json = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: WABA,
          changes: [
            { field: "message_template_status_update", value: { event: "APPROVED" } },
            {
              field: "messages",
              value: {
                metadata,
                contacts,
                messages: [{ ...base, type: "text", text: { body: "a" } }],
                statuses: [{ id: "wamid.X", status: "sent", timestamp: "1", recipient_id: "1" }],
              },
            },
          ],
        },
      ],
    };
    const result = parseWebhook(json);
    if (!result.ok) throw new Error(result.message);
    expect(result.events.map((e) => e.type)).toEqual(["message", "status"]);
    expect(result.skipped).toEqual([{ wabaId: WABA, field: "message_template_status_update" }]);
  });

  it("handles a batch of 1000 messages", () => {
    const messages = Array.from({ length: 1000 }, (_, i) => ({
      ...base,
      id: `wamid.${i}`,
      type: "text",
      text: { body: String(i) },
    }));
    const result = parseWebhook(body({ contacts, messages }));
    expect(result.ok && result.events.length).toBe(1000);
  });

  it("parses a 1 MB text body from raw bytes", () => {
    const text = "ş".repeat(512 * 1024);
    const raw = Buffer.from(
      JSON.stringify(
        body({ contacts, messages: [{ ...base, type: "text", text: { body: text } }] }),
      ),
    );
    expect(raw.length).toBeGreaterThan(1024 * 1024);
    const result = parseWebhookBody(raw);
    expect(
      result.ok && result.events[0]?.type === "message" && result.events[0].message,
    ).toMatchObject({ kind: "text", text });
  });

  it("rejects structurally malformed bodies with a reason, never throwing", () => {
    const cases: [unknown, string][] = [
      [null, "not_object"],
      ["text", "not_object"],
      [[1, 2], "not_object"],
      [42, "not_object"],
      [{}, "wrong_object"],
      [{ object: "page", entry: [] }, "wrong_object"],
      [{ object: "whatsapp_business_account" }, "malformed"],
      [{ object: "whatsapp_business_account", entry: {} }, "malformed"],
      [{ object: "whatsapp_business_account", entry: [{ changes: [] }] }, "malformed"],
      [
        {
          object: "whatsapp_business_account",
          entry: [{ id: "1", changes: [{ field: "messages", value: { messages: [] } }] }],
        },
        "malformed",
      ],
      [
        {
          object: "whatsapp_business_account",
          entry: [
            {
              id: "1",
              changes: [{ field: "messages", value: { metadata: { phone_number_id: "" } } }],
            },
          ],
        },
        "malformed",
      ],
    ];
    for (const [json, reason] of cases) {
      const result = parseWebhook(json);
      expect(result, JSON.stringify(json)).toMatchObject({ ok: false, reason });
      expect(!result.ok && result.message.length).toBeGreaterThan(0);
    }
  });

  it("rejects bytes that are not JSON or not UTF-8", () => {
    expect(parseWebhookBody("{not json")).toMatchObject({ ok: false, reason: "not_json" });
    expect(parseWebhookBody(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({
      ok: false,
      reason: "not_json",
    });
    expect(parseWebhookBody("")).toMatchObject({ ok: false, reason: "not_json" });
  });

  it("an empty entry list is a valid, empty delivery", () => {
    expect(parseWebhook({ object: "whatsapp_business_account", entry: [] })).toEqual({
      ok: true,
      events: [],
      skipped: [],
    });
  });
});
