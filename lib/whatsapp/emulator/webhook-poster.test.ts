import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "../signature";
import { parseWebhookBody } from "../webhook/parse-webhook";
import { serializeLikeMeta } from "./serialize-like-meta";
import { buildInboundWebhook } from "./webhook-builders";
import { postWebhook, signedWebhookRequest } from "./webhook-poster";

const SECRET = "the-app-secret";

type Received = { raw: Buffer; signature: string | undefined; contentType: string | undefined };

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

describe("postWebhook", () => {
  const received: Received[] = [];
  let failNext = 0;
  let url = "";
  const server = createServer(async (req, res) => {
    const raw = await readAll(req);
    const header = req.headers["x-hub-signature-256"];
    received.push({
      raw,
      signature: typeof header === "string" ? header : undefined,
      contentType: req.headers["content-type"],
    });
    if (failNext > 0) {
      failNext--;
      res.writeHead(503).end("busy");
      return;
    }
    const valid = verifySignature(raw, typeof header === "string" ? header : null, SECRET);
    res.writeHead(valid ? 200 : 401).end(valid ? "EVENT_RECEIVED" : "bad signature");
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (!address || typeof address === "string") throw new Error("not listening on a port");
    const { port }: AddressInfo = address;
    url = `http://127.0.0.1:${port}/api/webhooks/whatsapp/ch1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const body = buildInboundWebhook({
    phoneNumberId: "PN",
    from: "905321234567",
    profileName: "Şükrü",
    messages: [{ type: "text", body: "Çok teşekkürler 🙏 https://a.tr/x" }],
  });

  it("signs the exact bytes it sends, escaped like Meta, and the receiver verifies them", async () => {
    received.length = 0;
    const delivery = await postWebhook(url, body, SECRET);
    expect(delivery).toMatchObject({
      ok: true,
      status: 200,
      responseBody: "EVENT_RECEIVED",
      attempts: 1,
    });
    const [got] = received;
    if (!got) throw new Error("nothing received");
    expect(got.contentType).toBe("application/json");
    expect(verifySignature(got.raw, got.signature ?? null, SECRET)).toBe(true);
    const text = got.raw.toString("utf8");
    expect(text).toContain("\\u015e\\u00fckr\\u00fc");
    expect(text).toContain("\\ud83d\\ude4f");
    expect(text).toContain("https:\\/\\/a.tr\\/x");
    expect(/[^\x00-\x7f]/.test(text)).toBe(false);
    // The parsed content is intact, and re-serialising it would break the signature.
    const parsed = parseWebhookBody(got.raw);
    expect(
      parsed.ok && parsed.events[0]?.type === "message" && parsed.events[0].message,
    ).toMatchObject({ text: "Çok teşekkürler 🙏 https://a.tr/x" });
    expect(
      verifySignature(Buffer.from(JSON.stringify(JSON.parse(text))), got.signature ?? null, SECRET),
    ).toBe(false);
  });

  it("can send a wrong or missing signature for negative tests", async () => {
    expect(
      await postWebhook(url, body, SECRET, { signature: "sha256=" + "0".repeat(64) }),
    ).toMatchObject({ ok: false, status: 401 });
    expect(await postWebhook(url, body, SECRET, { signature: null })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await postWebhook(url, body, "wrong-secret")).toMatchObject({ ok: false, status: 401 });
  });

  it("retries after a failed attempt", async () => {
    failNext = 2;
    const delivery = await postWebhook(url, body, SECRET, { retries: 3, retryDelayMs: 1 });
    expect(delivery).toMatchObject({ ok: true, status: 200, attempts: 3 });
  });

  it("reports an unreachable URL without throwing", async () => {
    const delivery = await postWebhook("http://127.0.0.1:1/nowhere", body, SECRET, {
      timeoutMs: 2_000,
    });
    expect(delivery).toMatchObject({ ok: false, status: 0, attempts: 1 });
    expect(delivery.error).toBeTruthy();
  });
});

describe("signedWebhookRequest and serializeLikeMeta", () => {
  it("gives the raw body and a verifiable signature header", () => {
    const { rawBody, headers } = signedWebhookRequest({ a: "é/" }, SECRET);
    expect(rawBody).toBe('{"a":"\\u00e9\\/"}');
    expect(verifySignature(rawBody, headers["x-hub-signature-256"] ?? null, SECRET)).toBe(true);
    expect(signedWebhookRequest({ a: "é" }, SECRET, { escapeUnicode: false }).rawBody).toBe(
      '{"a":"é"}',
    );
  });

  it("round-trips any JSON value", () => {
    const value = {
      s: 'ğüşöçıİ \u2028 \u0000 " \\ 😀',
      n: [1, 2.5, null, true],
      nested: { ключ: "значение" },
    };
    expect(JSON.parse(serializeLikeMeta(value))).toEqual(value);
  });
});
