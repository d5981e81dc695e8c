/**
 * A stand-in for the app's webhook route in tests: records every POST, checks its signature over
 * the raw bytes, parses it, and answers 200 (or 401 for a bad signature, or what the test says).
 */
import { createServer, type IncomingMessage } from "node:http";
import { verifySignature } from "../signature";
import { parseWebhookBody } from "../webhook/parse-webhook";
import type { WebhookEvent } from "../webhook/webhook-event";

export type ReceivedWebhook = {
  raw: Buffer;
  signatureValid: boolean;
  events: WebhookEvent[];
  at: number;
};

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** The next `n` requests get this HTTP status instead of 200. */
  failNext(n: number, status?: number): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
};

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function startWebhookReceiver(appSecret: string): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let failures = 0;
  let failStatus = 500;
  const server = createServer((req, res) => {
    void readAll(req).then((raw) => {
      const header = req.headers["x-hub-signature-256"];
      const signatureValid = verifySignature(
        raw,
        typeof header === "string" ? header : null,
        appSecret,
      );
      const parsed = parseWebhookBody(raw);
      received.push({
        raw,
        signatureValid,
        events: parsed.ok ? parsed.events : [],
        at: performance.now(),
      });
      if (failures > 0) {
        failures--;
        res.writeHead(failStatus).end("try later");
        return;
      }
      res.writeHead(signatureValid ? 200 : 401).end(signatureValid ? "ok" : "bad signature");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("receiver not on a TCP port");
  return {
    url: `http://127.0.0.1:${address.port}/api/webhooks/whatsapp/test`,
    received,
    failNext(n, status = 500) {
      failures = n;
      failStatus = status;
    },
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`Timed out waiting for ${count} webhooks (got ${received.length}).`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return received;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
