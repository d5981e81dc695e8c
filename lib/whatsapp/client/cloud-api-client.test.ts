import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type EmulatorHandle } from "../emulator/start-emulator";
import { createCloudApiClient, type CloudApiClientOptions } from "./cloud-api-client";
import { explainConnectionError } from "./explain-connection-error";

const PN = "106540352242922";
const TOKEN = "EAAG-test-token";
const TO = "905321234567";

let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator({
    numbers: [
      {
        phoneNumberId: PN,
        accessToken: TOKEN,
        displayPhoneNumber: "+90 212 000 00 00",
        verifiedName: "Çiçekçi Ayşe",
        qualityRating: "GREEN",
      },
    ],
  });
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const client = (overrides: Partial<CloudApiClientOptions> = {}) =>
  createCloudApiClient({
    baseUrl: emu.url,
    version: "v23.0",
    phoneNumberId: PN,
    accessToken: TOKEN,
    ...overrides,
  });

describe("createCloudApiClient against the emulator", () => {
  it("sends and returns the wamid the emulator recorded", async () => {
    const result = await client().send(
      TO,
      { type: "text", text: "Siparişiniz yolda 🚚" },
      { bizOpaqueCallbackData: "outbox:9" },
    );
    expect(result).toEqual({ ok: true, wamid: expect.stringMatching(/^wamid\./), waId: TO });
    const [sent] = emu.sent();
    expect(result.ok && result.wamid).toBe(sent?.wamid);
    expect(sent?.payload).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: TO,
      biz_opaque_callback_data: "outbox:9",
      type: "text",
      text: { preview_url: false, body: "Siparişiniz yolda 🚚" },
    });
  });

  it("tolerates a trailing slash in the base URL", async () => {
    expect(
      (await client({ baseUrl: `${emu.url}/` }).send(TO, { type: "text", text: "x" })).ok,
    ).toBe(true);
  });

  it("a wrong token is an auth error (channel unhealthy)", async () => {
    const result = await client({ accessToken: "expired" }).send(TO, { type: "text", text: "x" });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "auth", code: 190, httpStatus: 401, retryable: false, source: "graph" },
    });
    expect(emu.sent()).toEqual([]);
  });

  it("131047 is window_closed", async () => {
    emu.injectFailure({ graphCode: 131047 });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: {
        kind: "window_closed",
        code: 131047,
        retryable: false,
        details: expect.stringContaining("24 hours"),
        fbtraceId: expect.any(String),
      },
    });
  });

  it("130429 and 131056 are rate_limited and retryable", async () => {
    emu.injectFailure({ graphCode: 130429 });
    emu.injectFailure({ graphCode: 131056 });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "rate_limited", code: 130429, retryable: true },
    });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "rate_limited", code: 131056, retryable: true },
    });
  });

  it("100 and 131026 are permanent", async () => {
    emu.injectFailure({ graphCode: 100 });
    emu.injectFailure({ graphCode: 131026 });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "permanent", code: 100, retryable: false },
    });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "permanent", code: 131026, retryable: false },
    });
  });

  it("a bare HTTP 500 is transient", async () => {
    emu.injectFailure({ httpStatus: 500 });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "transient", code: null, httpStatus: 500, source: "http", retryable: true },
    });
  });

  it("a slow answer past the timeout is a transient timeout, never a throw", async () => {
    emu.injectFailure({ delayMs: 3_000 });
    const started = performance.now();
    const result = await client({ timeoutMs: 100 }).send(TO, { type: "text", text: "x" });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "transient", source: "timeout", code: null, retryable: true },
    });
    // The client gave up long before the answer came.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("a dropped connection and an unreachable server are network errors", async () => {
    emu.injectFailure({ dropConnection: true });
    expect(await client().send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "transient", source: "network" },
    });
    const nowhere = createCloudApiClient({
      baseUrl: "http://127.0.0.1:1",
      version: "v23.0",
      phoneNumberId: PN,
      accessToken: TOKEN,
    });
    const result = await nowhere.getPhoneNumber();
    expect(result).toMatchObject({ ok: false, error: { kind: "transient", source: "network" } });
    if (!result.ok)
      expect(explainConnectionError(result.error, "en").title).toBe(
        "Could not reach the WhatsApp Cloud API",
      );
  });

  it("refuses an over-limit message locally, without a request", async () => {
    const result = await client().send(TO, {
      type: "buttons",
      body: "b",
      buttons: [1, 2, 3, 4].map((i) => ({ id: `${i}`, title: `${i}` })),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: "permanent", code: 131009, source: "local", retryable: false },
      violations: [{ code: 131009, path: "interactive.action.buttons" }],
    });
    expect(emu.sent()).toEqual([]);
    expect(emu.rejected()).toEqual([]);
  });

  it("refuses a recipient that is neither a phone number nor a business-scoped user id", async () => {
    expect(await client().send("not-a-number", { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: { kind: "permanent", code: 100, source: "local" },
      violations: [{ code: 100, path: "to" }],
    });
    expect(emu.sent()).toEqual([]);
  });

  it("sendPayload sends a stored payload as is", async () => {
    const payload = {
      messaging_product: "whatsapp" as const,
      to: TO,
      type: "text" as const,
      text: { body: "stored" },
    };
    expect((await client().sendPayload(payload)).ok).toBe(true);
    expect(emu.sent()[0]?.payload).toEqual(payload);
  });

  it("marks read, with the typing indicator", async () => {
    expect(await client().markRead("wamid.IN1")).toEqual({ ok: true });
    expect(await client().markRead("wamid.IN2", true)).toEqual({ ok: true });
    expect(emu.reads().map((r) => [r.messageId, r.typing])).toEqual([
      ["wamid.IN1", false],
      ["wamid.IN2", true],
    ]);
    emu.injectFailure({ endpoint: "mark_read", graphCode: 131000 });
    expect(await client().markRead("wamid.IN3")).toMatchObject({
      ok: false,
      error: { kind: "transient", code: 131000 },
    });
  });

  it("getPhoneNumber answers the details for Test connection", async () => {
    expect(await client().getPhoneNumber()).toEqual({
      ok: true,
      phone: {
        id: PN,
        displayPhoneNumber: "+90 212 000 00 00",
        verifiedName: "Çiçekçi Ayşe",
        qualityRating: "GREEN",
      },
    });
  });

  it("getPhoneNumber with a bad token or an unknown number explains itself", async () => {
    const badToken = await client({ accessToken: "nope" }).getPhoneNumber();
    if (badToken.ok) throw new Error("expected a failure");
    expect(explainConnectionError(badToken.error, "tr").title).toBe("Erişim anahtarı reddedildi");
    const strict = await startEmulator({ strict: true });
    try {
      const unknown = await createCloudApiClient({
        baseUrl: strict.url,
        version: "v23.0",
        phoneNumberId: "123",
        accessToken: "t",
      }).getPhoneNumber();
      if (unknown.ok) throw new Error("expected a failure");
      expect(unknown.error).toMatchObject({ kind: "permanent", code: 100, subcode: 33 });
      expect(explainConnectionError(unknown.error, "en").title).toBe(
        "The phone number ID was not found",
      );
    } finally {
      await strict.close();
    }
  });
});

describe("media", () => {
  const bytes = new Uint8Array(Array.from({ length: 5000 }, (_, i) => i % 251));
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  it("getMedia gives the URL, type, size and checksum", async () => {
    const id = emu.registerMedia({ bytes, mimeType: "image/jpeg", phoneNumberId: PN });
    expect(await client().getMedia(id)).toEqual({
      ok: true,
      media: {
        id,
        url: expect.stringContaining("/whatsapp_business/attachments/"),
        mimeType: "image/jpeg",
        sha256,
        fileSize: 5000,
      },
    });
  });

  it("downloadMedia fetches the bytes with the bearer token", async () => {
    const id = emu.registerMedia({ bytes, mimeType: "image/jpeg", phoneNumberId: PN });
    const result = await client().downloadMedia(id, { maxBytes: 10_000 });
    expect(result.ok && { size: result.media.size, mimeType: result.media.mimeType }).toEqual({
      size: 5000,
      mimeType: "image/jpeg",
    });
    expect(result.ok && Buffer.from(result.media.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses media over maxBytes from its declared size, before downloading", async () => {
    const id = emu.registerMedia({ bytes, mimeType: "image/jpeg" });
    expect(await client().downloadMedia(id, { maxBytes: 4999 })).toEqual({
      ok: false,
      error: {
        kind: "permanent",
        code: null,
        message: "The media is 5000 bytes, over the 4999-byte limit.",
        details: "media_too_large",
        source: "local",
        retryable: false,
      },
    });
  });

  it("stops reading a body that runs past maxBytes when nothing declared the size", async () => {
    const id = emu.registerMedia({ bytes, mimeType: "image/jpeg" });
    // A server that declares no sizes: the limit must still hold while streaming.
    const undeclared: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.includes("/attachments/")) {
        return new Response(response.body, {
          status: response.status,
          headers: { "content-type": "image/jpeg" },
        });
      }
      const json: unknown = await response.json();
      const withoutSize =
        typeof json === "object" && json !== null
          ? Object.fromEntries(Object.entries(json).filter(([k]) => k !== "file_size"))
          : json;
      return new Response(JSON.stringify(withoutSize), { status: response.status });
    };
    const result = await client({ fetch: undeclared }).downloadMedia(id, { maxBytes: 1000 });
    expect(result).toMatchObject({
      ok: false,
      error: { details: "media_too_large", message: expect.stringContaining("more than 1000") },
    });
    expect((await client({ fetch: undeclared }).downloadMedia(id, { maxBytes: 5000 })).ok).toBe(
      true,
    );
  });

  it("an unknown media id is a permanent Graph error", async () => {
    expect(await client().downloadMedia("424242", { maxBytes: 10 })).toMatchObject({
      ok: false,
      error: { kind: "permanent", code: 100 },
    });
  });

  it("an injected failure on the download itself is classified", async () => {
    const id = emu.registerMedia({ bytes, mimeType: "image/jpeg" });
    emu.injectFailure({ endpoint: "media_download", httpStatus: 503 });
    expect(await client().downloadMedia(id, { maxBytes: 10_000 })).toMatchObject({
      ok: false,
      error: { kind: "transient", httpStatus: 503 },
    });
  });
});

describe("answers the client cannot read", () => {
  it("a 200 that is not a Graph answer is a permanent error, not a success", async () => {
    const html: typeof fetch = async () =>
      new Response("<html>proxy login</html>", { status: 200 });
    expect(await client({ fetch: html }).send(TO, { type: "text", text: "x" })).toMatchObject({
      ok: false,
      error: {
        kind: "permanent",
        source: "http",
        message: expect.stringContaining("Unexpected answer"),
      },
    });
  });
});
