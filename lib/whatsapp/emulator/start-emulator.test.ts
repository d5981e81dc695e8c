import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { toCloudApiPayload } from "../client/to-cloud-api-payload";
import { startWebhookReceiver, type WebhookReceiver } from "../test-support/start-webhook-receiver";
import type { StatusWebhookConfig } from "./emulator-config";
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from "./start-emulator";

const PN = "1000001";
const TOKEN = "token-for-1000001";
const SECRET = "app-secret";
const TO = "905321234567";

let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator({
    numbers: [
      {
        phoneNumberId: PN,
        accessToken: TOKEN,
        displayPhoneNumber: "+90 555 000 0001",
        verifiedName: "Kahve Dükkanı",
      },
    ],
  });
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

async function call(
  path: string,
  init: { method?: string; token?: string | null; body?: unknown; raw?: string } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const token = init.token === undefined ? TOKEN : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${emu.url}${path}`, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? "POST" : "GET"),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

const send = (body: unknown, options: { pn?: string; token?: string | null } = {}) =>
  call(`/v23.0/${options.pn ?? PN}/messages`, { body, token: options.token });
const text = (body = "Merhaba") => toCloudApiPayload(TO, { type: "text", text: body });

describe("emulator: POST /messages", () => {
  it("accepts a valid message, answers like Meta and records it with its arrival time", async () => {
    const before = performance.timeOrigin + performance.now();
    const { status, json } = await send(text());
    expect(status).toBe(200);
    expect(json).toEqual({
      messaging_product: "whatsapp",
      contacts: [{ input: TO, wa_id: TO }],
      messages: [{ id: expect.stringMatching(/^wamid\./) }],
    });
    const [sent] = emu.sent();
    expect(sent).toMatchObject({
      seq: 1,
      phoneNumberId: PN,
      to: TO,
      type: "text",
      payload: text(),
    });
    expect(sent?.receivedAt).toBeGreaterThanOrEqual(before);
    expect(Number.isInteger(sent?.receivedAt)).toBe(false);
  });

  it("rejects over-limit and malformed payloads with Graph-shaped errors and HTTP 400", async () => {
    const cases: [unknown, number][] = [
      [text("x".repeat(4097)), 131009],
      [
        toCloudApiPayload(TO, {
          type: "buttons",
          body: "b",
          buttons: [1, 2, 3, 4].map((i) => ({ id: `${i}`, title: `B${i}` })),
        }),
        131009,
      ],
      [
        toCloudApiPayload(TO, {
          type: "buttons",
          body: "b",
          buttons: [{ id: "a", title: "x".repeat(21) }],
        }),
        131009,
      ],
      [
        toCloudApiPayload(TO, {
          type: "list",
          body: "b",
          buttonLabel: "Go",
          sections: [
            { rows: Array.from({ length: 11 }, (_, i) => ({ id: `${i}`, title: `${i}` })) },
          ],
        }),
        131009,
      ],
      [
        toCloudApiPayload(TO, {
          type: "media",
          mediaKind: "image",
          url: "https://a.nl/i.png",
          caption: "c".repeat(1025),
        }),
        131009,
      ],
      [
        {
          messaging_product: "whatsapp",
          to: TO,
          type: "audio",
          audio: { link: "https://a.nl/a.ogg", caption: "no" },
        },
        100,
      ],
      [{ messaging_product: "whatsapp", to: TO, type: "text" }, 131008],
      [{ messaging_product: "whatsapp", to: TO, type: "carousel" }, 100],
    ];
    for (const [body, code] of cases) {
      const { status, json } = await send(body);
      expect(status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(json).toMatchObject({
        error: {
          code,
          type: "OAuthException",
          message: expect.stringContaining(`(#${code})`),
          error_data: { messaging_product: "whatsapp", details: expect.any(String) },
          fbtrace_id: expect.any(String),
        },
      });
    }
    expect(emu.sent()).toEqual([]);
    expect(emu.rejected().map((r) => r.code)).toEqual(cases.map(([, code]) => code));
  });

  it("rejects a body that is not JSON", async () => {
    const { status, json } = await call(`/v23.0/${PN}/messages`, { raw: "{oops" });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 100 } });
  });

  it("checks tokens: registered numbers need their own, others any non-empty one", async () => {
    expect((await send(text(), { token: "wrong" })).json).toMatchObject({
      error: { code: 190, type: "OAuthException" },
    });
    expect((await send(text(), { token: "wrong" })).status).toBe(401);
    expect((await send(text(), { token: null })).status).toBe(401);
    expect((await send(text(), { pn: "2000002", token: "anything" })).status).toBe(200);
    expect(emu.sent().map((m) => m.phoneNumberId)).toEqual(["2000002"]);
  });

  it("arms failures given in the start options", async () => {
    const armed = await startEmulator({ failures: [{ graphCode: 131056, times: 1 }] });
    try {
      const post = () =>
        fetch(`${armed.url}/v23.0/1/messages`, {
          method: "POST",
          headers: { authorization: "Bearer t" },
          body: JSON.stringify(text()),
        });
      expect((await post()).status).toBe(400);
      expect((await post()).status).toBe(200);
      armed.reset({ all: true });
      expect((await post()).status).toBe(400);
    } finally {
      await armed.close();
    }
  });

  it("in strict mode refuses unknown numbers with error 100", async () => {
    const strict = await startEmulator({ strict: true });
    try {
      const response = await fetch(`${strict.url}/v23.0/999/messages`, {
        method: "POST",
        headers: { authorization: "Bearer t" },
        body: JSON.stringify(text()),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: {
          code: 100,
          error_subcode: 33,
          message: expect.stringContaining("Object with ID '999' does not exist"),
        },
      });
    } finally {
      await strict.close();
    }
  });

  it("records mark-as-read calls with and without typing indicator", async () => {
    expect(
      (await send({ messaging_product: "whatsapp", status: "read", message_id: "wamid.IN1" })).json,
    ).toEqual({ success: true });
    await send({
      messaging_product: "whatsapp",
      status: "read",
      message_id: "wamid.IN2",
      typing_indicator: { type: "text" },
    });
    expect((await send({ messaging_product: "whatsapp", status: "read" })).status).toBe(400);
    expect(emu.reads().map((r) => [r.messageId, r.typing])).toEqual([
      ["wamid.IN1", false],
      ["wamid.IN2", true],
    ]);
    expect(emu.sent()).toEqual([]);
  });

  it("sends to a business-scoped user id through recipient", async () => {
    const { json } = await send(toCloudApiPayload("US.12345", { type: "text", text: "hi" }));
    expect(json).toMatchObject({ contacts: [{ input: "US.12345", user_id: "US.12345" }] });
    expect(emu.sent({ to: "US.12345" })).toHaveLength(1);
  });
});

describe("emulator: injected failures", () => {
  it("fails the next N sends with a Graph error, then succeeds", async () => {
    emu.injectFailure({ graphCode: 131047, times: 2 });
    expect(await send(text())).toMatchObject({
      status: 400,
      json: { error: { code: 131047, message: "(#131047) Re-engagement message" } },
    });
    expect(await send(text())).toMatchObject({ status: 400, json: { error: { code: 131047 } } });
    expect((await send(text())).status).toBe(200);
    expect(emu.rejected().map((r) => [r.code, r.injected])).toEqual([
      [131047, true],
      [131047, true],
    ]);
  });

  it("uses Meta's HTTP status per code, or the one given", async () => {
    emu.injectFailure({ graphCode: 190 });
    emu.injectFailure({ graphCode: 131000 });
    emu.injectFailure({ graphCode: 130429, httpStatus: 429 });
    expect((await send(text())).status).toBe(401);
    expect((await send(text())).status).toBe(500);
    expect((await send(text())).status).toBe(429);
  });

  it("answers a bare HTTP 500 that is not a Graph error", async () => {
    emu.injectFailure({ httpStatus: 500 });
    expect(await send(text())).toEqual({ status: 500, json: "Internal Server Error" });
  });

  it("matches failures by number and recipient", async () => {
    emu.injectFailure({ graphCode: 131026, to: "+90 532 123 45 67" });
    emu.injectFailure({ graphCode: 131056, phoneNumberId: "3000003" });
    expect((await send(toCloudApiPayload("31600000000", { type: "text", text: "x" }))).status).toBe(
      200,
    );
    expect((await send(text())).json).toMatchObject({ error: { code: 131026 } });
    expect((await send(text())).status).toBe(200);
    expect((await send(text(), { pn: "3000003", token: "t" })).json).toMatchObject({
      error: { code: 131056 },
    });
  });

  it("responds slowly when asked", async () => {
    emu.injectFailure({ delayMs: 150 });
    const started = performance.now();
    expect((await send(text())).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("can drop the connection", async () => {
    emu.injectFailure({ dropConnection: true });
    await expect(send(text())).rejects.toThrow();
    expect((await send(text())).status).toBe(200);
  });

  it("can fail mark-as-read separately from sends", async () => {
    emu.injectFailure({ endpoint: "mark_read", graphCode: 131000 });
    expect((await send(text())).status).toBe(200);
    expect(
      (await send({ messaging_product: "whatsapp", status: "read", message_id: "w" })).status,
    ).toBe(500);
  });
});

describe("emulator: phone number and media", () => {
  it("answers phone number info with the requested fields", async () => {
    const { status, json } = await call(
      `/v23.0/${PN}?fields=display_phone_number,verified_name,quality_rating`,
    );
    expect(status).toBe(200);
    expect(json).toEqual({
      display_phone_number: "+90 555 000 0001",
      verified_name: "Kahve Dükkanı",
      quality_rating: "GREEN",
      id: PN,
    });
    expect((await call(`/v23.0/${PN}?fields=verified_name`)).json).toEqual({
      verified_name: "Kahve Dükkanı",
      id: PN,
    });
    expect((await call(`/v23.0/${PN}`, { token: "bad" })).status).toBe(401);
  });

  it("serves registered media through a signed, expiring URL that needs the bearer token", async () => {
    const id = emu.registerMedia({
      bytes: "%PDF-1.4 fake",
      mimeType: "application/pdf",
      phoneNumberId: PN,
    });
    const info = await call(`/v23.0/${id}`);
    expect(info.json).toMatchObject({
      messaging_product: "whatsapp",
      mime_type: "application/pdf",
      file_size: 13,
      id,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const url =
      typeof info.json === "object" && info.json !== null && "url" in info.json
        ? String(info.json.url)
        : "";
    expect(url).toContain("/whatsapp_business/attachments/?mid=");
    const ok = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    expect(await ok.text()).toBe("%PDF-1.4 fake");
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: "Bearer other" } })).status).toBe(401);
    expect((await fetch(url.replace(/hash=\w+/, "hash=00"))).status).toBe(404);
    expect((await call(`/v23.0/${id}`, { token: "other" })).status).toBe(401);
  });

  it("answers 100/33 for an unknown media id", async () => {
    expect(await call(`/v23.0/77777`)).toMatchObject({
      status: 400,
      json: { error: { code: 100, error_subcode: 33 } },
    });
  });

  it("accepts multipart uploads and deletes media", async () => {
    const form = new FormData();
    form.append("messaging_product", "whatsapp");
    form.append("type", "image/png");
    form.append(
      "file",
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }),
      "p.png",
    );
    const response = await fetch(`${emu.url}/v23.0/${PN}/media`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}` },
      body: form,
    });
    const { id } = z.object({ id: z.string() }).parse(await response.json());
    expect((await call(`/v23.0/${id}`)).json).toMatchObject({
      mime_type: "image/png",
      file_size: 4,
    });
    expect((await call(`/v23.0/${id}`, { method: "DELETE" })).json).toEqual({ success: true });
    expect((await call(`/v23.0/${id}`)).status).toBe(400);
  });
});

describe("emulator: control endpoints", () => {
  const control = (path: string, method = "GET", body?: unknown) =>
    call(`/__emulator${path}`, { method, body, token: null });

  it("registers numbers, injects failures, lists and resets over HTTP", async () => {
    expect(
      (await control("/numbers", "POST", { phoneNumberId: "555", accessToken: "tok-555" })).json,
    ).toEqual({ ok: true, phoneNumberId: "555" });
    expect((await control("/numbers")).json).toMatchObject({
      numbers: expect.arrayContaining([{ phoneNumberId: "555" }]),
    });
    expect(JSON.stringify((await control("/numbers")).json)).not.toContain("tok-555");
    expect((await send(text(), { pn: "555", token: "nope" })).status).toBe(401);

    expect(
      (await control("/failures", "POST", { graphCode: 130429, phoneNumberId: "555" })).json,
    ).toEqual({ id: expect.any(String) });
    expect((await control("/failures")).json).toMatchObject({
      failures: [{ remaining: 1, spec: { graphCode: 130429, endpoint: "messages", times: 1 } }],
    });
    expect((await send(text(), { pn: "555", token: "tok-555" })).json).toMatchObject({
      error: { code: 130429 },
    });
    await send(text("one"), { pn: "555", token: "tok-555" });
    await send(toCloudApiPayload("31611111111", { type: "text", text: "two" }), {
      pn: "555",
      token: "tok-555",
    });

    const listed = await control(`/messages?phoneNumberId=555&to=${TO}`);
    expect(listed.json).toMatchObject({
      messages: [{ phoneNumberId: "555", to: TO, payload: { text: { body: "one" } } }],
    });
    expect((await control("/rejected?phoneNumberId=555")).json).toMatchObject({
      rejected: [{ code: 190 }, { code: 130429, injected: true }],
    });

    expect((await control("/reset", "POST")).json).toEqual({ ok: true });
    expect((await control("/messages")).json).toEqual({ messages: [] });
    expect((await send(text(), { pn: "555", token: "tok-555" })).status).toBe(200);
    await control("/reset", "POST", { all: true });
    expect((await send(text(), { pn: "555", token: "nope" })).status).toBe(200);
    expect((await send(text(), { token: "nope" })).status).toBe(401);
  });

  it("refuses bad control bodies with 400 and a message, and unknown paths with 404", async () => {
    expect(await control("/failures", "POST", { times: 0 })).toMatchObject({
      status: 400,
      json: { error: expect.stringContaining("times") },
    });
    expect(await call("/__emulator/numbers", { raw: "{", token: null })).toMatchObject({
      status: 400,
    });
    expect((await control("/nope")).status).toBe(404);
    expect((await call("/v23.0/1/2/3")).status).toBe(404);
  });

  it("stores media given as base64", async () => {
    const { json } = await control("/media", "POST", {
      mimeType: "image/jpeg",
      base64: Buffer.from("jpeg!").toString("base64"),
      id: "media-77",
    });
    expect(json).toMatchObject({ id: "media-77", size: 5 });
  });

  it("refuses oversized bodies with 413", async () => {
    const small = await startEmulator({ bodyLimitBytes: 1024 });
    try {
      const response = await fetch(`${small.url}/v23.0/1/messages`, {
        method: "POST",
        headers: { authorization: "Bearer t" },
        body: "x".repeat(5000),
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe("emulator: webhooks to the app", () => {
  let receiver: WebhookReceiver;
  let app: EmulatorHandle;

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
  });
  afterAll(async () => {
    await receiver.close();
  });
  afterEach(async () => {
    await app.close();
    receiver.received.length = 0;
  });

  async function withWebhook(
    config: Partial<StatusWebhookConfig> = {},
    options: EmulatorOptions = {},
  ) {
    app = await startEmulator({
      ...options,
      webhook: {
        url: receiver.url,
        appSecret: SECRET,
        delaysMs: { sent: 5, delivered: 15, read: 25 },
        ...config,
      },
    });
    return app;
  }

  it("posts signed sent, delivered, read callbacks for each accepted message", async () => {
    const emulator = await withWebhook({ wabaId: "WABA9" });
    const response = await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: JSON.stringify(
        toCloudApiPayload(TO, { type: "text", text: "hi" }, { bizOpaqueCallbackData: "outbox:1" }),
      ),
    });
    expect(response.status).toBe(200);
    await emulator.idle();
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    const [sent] = emulator.sent();
    const statuses = receiver.received.flatMap((r) => r.events);
    expect(statuses.map((e) => (e.type === "status" ? e.status : e.type))).toEqual([
      "sent",
      "delivered",
      "read",
    ]);
    expect(statuses[0]).toMatchObject({
      type: "status",
      messageId: sent?.wamid,
      recipientId: TO,
      phoneNumberId: PN,
      wabaId: "WABA9",
      bizOpaqueCallbackData: "outbox:1",
    });
    expect(emulator.deliveries().every((d) => d.ok)).toBe(true);
  });

  it("can post them out of order, with timestamps still telling the true order", async () => {
    // A clock just before a second boundary, so the three statuses straddle it.
    const emulator = await withWebhook({ order: "reverse" }, { now: () => 999_990 });
    await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: JSON.stringify(text()),
    });
    await emulator.idle();
    const events = receiver.received.flatMap((r) => r.events);
    expect(events.map((e) => (e.type === "status" ? e.status : ""))).toEqual([
      "read",
      "delivered",
      "sent",
    ]);
    const stamp = (status: string) => {
      const event = events.find((e) => e.type === "status" && e.status === status);
      return event?.type === "status" ? event.timestamp : NaN;
    };
    expect(stamp("sent")).toBe(999_000);
    expect(stamp("read")).toBe(1_000_000);
  });

  it("reports an accepted-then-failed send as a failed status", async () => {
    const emulator = await withWebhook();
    emulator.injectFailure({ graphCode: 131026, asStatus: true });
    const response = await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: JSON.stringify(text()),
    });
    expect(response.status).toBe(200);
    await emulator.idle();
    expect(receiver.received.flatMap((r) => r.events)).toEqual([
      expect.objectContaining({
        type: "status",
        status: "failed",
        errors: [expect.objectContaining({ code: 131026, title: "Message Undeliverable" })],
      }),
    ]);
    expect(emulator.sent()[0]?.failedWith).toBe(131026);
  });

  it("retries a webhook the app refused", async () => {
    const emulator = await withWebhook({ statuses: ["sent"], retries: 2 });
    receiver.failNext(1, 503);
    await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: JSON.stringify(text()),
    });
    await emulator.idle();
    expect(receiver.received).toHaveLength(2);
    expect(emulator.deliveries()).toMatchObject([{ ok: true, attempts: 2 }]);
  });

  it("posts inbound messages and opens the service window it enforces", async () => {
    const emulator = await withWebhook({ statuses: [] }, { enforceServiceWindow: true });
    const closed = await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: JSON.stringify(text()),
    });
    expect(closed.status).toBe(400);
    expect(await closed.json()).toMatchObject({ error: { code: 131047 } });
    const template = toCloudApiPayload(TO, {
      type: "template",
      name: "hello_world",
      language: "en_US",
      components: [],
    });
    expect(
      (
        await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
          method: "POST",
          headers: { authorization: "Bearer t" },
          body: JSON.stringify(template),
        })
      ).status,
    ).toBe(200);

    const delivery = await emulator.postInbound({
      phoneNumberId: PN,
      from: TO,
      profileName: "Ayşe",
      messages: [{ type: "text", body: "Sipariş?" }],
    });
    expect(delivery).toMatchObject({ ok: true, status: 200 });
    expect(receiver.received[0]?.signatureValid).toBe(true);
    expect(receiver.received[0]?.events[0]).toMatchObject({
      type: "message",
      contact: { key: TO, profileName: "Ayşe" },
      message: { kind: "text", text: "Sipariş?" },
    });
    expect(
      (
        await fetch(`${emulator.url}/v23.0/${PN}/messages`, {
          method: "POST",
          headers: { authorization: "Bearer t" },
          body: JSON.stringify(text()),
        })
      ).status,
    ).toBe(200);
  });

  it("posts inbound messages and statuses through the control API", async () => {
    const emulator = await withWebhook({ statuses: [] });
    const inbound = await fetch(`${emulator.url}/__emulator/inbound`, {
      method: "POST",
      body: JSON.stringify({
        phoneNumberId: PN,
        from: TO,
        messages: [{ type: "button_reply", buttonId: "yes", title: "Evet" }],
      }),
    });
    expect(inbound.status).toBe(200);
    const statuses = await fetch(`${emulator.url}/__emulator/statuses`, {
      method: "POST",
      body: JSON.stringify({
        phoneNumberId: PN,
        statuses: [{ id: "wamid.X", status: "read", recipientId: TO }],
      }),
    });
    expect(statuses.status).toBe(200);
    expect(receiver.received.flatMap((r) => r.events).map((e) => e.type)).toEqual([
      "message",
      "status",
    ]);
    const bad = await fetch(`${emulator.url}/__emulator/inbound`, {
      method: "POST",
      body: JSON.stringify({ phoneNumberId: PN, from: TO, messages: [{ type: "hologram" }] }),
    });
    expect(bad.status).toBe(400);
  });

  it("enforces a number's throughput with 130429", async () => {
    const emulator = await withWebhook(
      { statuses: [] },
      { numbers: [{ phoneNumberId: "T1", accessToken: "t", throughputPerSecond: 5 }] },
    );
    const codes = [];
    for (let i = 0; i < 8; i++) {
      const r = await fetch(`${emulator.url}/v23.0/T1/messages`, {
        method: "POST",
        headers: { authorization: "Bearer t" },
        body: JSON.stringify(text()),
      });
      codes.push(r.status);
    }
    expect(codes).toEqual([200, 200, 200, 200, 200, 400, 400, 400]);
    expect(emulator.rejected().map((r) => r.code)).toEqual([130429, 130429, 130429]);
  });
});

import { z } from "zod";
