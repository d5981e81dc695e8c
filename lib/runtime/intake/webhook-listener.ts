/**
 * Meta's webhooks served by a bare node:http server, on the same paths as the app's route
 * (`/api/webhooks/whatsapp/{channelId}`), for PostgreSQL deployments that send the webhook
 * traffic of a campaign to `npm run worker` processes (SOHBET_WEBHOOK_PORT) instead of the
 * Next.js app: Next's per-request machinery costs more than the whole intake, so a listener of
 * its own takes several times the messages per second on the same CPU. Same checks, same code.
 */
import http from "node:http";
import type { Runtime } from "../runtime";
import {
  answerVerify,
  answerWebhook,
  MAX_WEBHOOK_BYTES,
  type WebhookReply,
} from "./receive-webhook";

const PATH = /^\/api\/webhooks\/whatsapp\/([^/?]+)\/?$/;

export interface WebhookListener {
  port: number;
  close(): Promise<void>;
}

/** The body as bytes, or null past `maxBytes` (the rest is not buffered). */
function readBody(request: http.IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.byteLength;
      if (size > maxBytes) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(over ? null : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

async function answer(rt: Runtime, request: http.IncomingMessage): Promise<WebhookReply> {
  const url = new URL(request.url ?? "/", "http://listener");
  const match = PATH.exec(url.pathname);
  if (!match?.[1]) return { status: 404, body: "Not found" };
  const channelId = decodeURIComponent(match[1]);
  if (request.method === "GET") return answerVerify(rt, channelId, url.searchParams);
  if (request.method !== "POST") return { status: 405, body: "Method not allowed" };
  const signature = request.headers["x-hub-signature-256"];
  return answerWebhook(
    rt,
    channelId,
    await readBody(request, MAX_WEBHOOK_BYTES),
    typeof signature === "string" ? signature : null,
  );
}

export function startWebhookListener(
  rt: Runtime,
  options: { port: number; host?: string },
): Promise<WebhookListener> {
  const server = http.createServer((request, response) => {
    answer(rt, request)
      .catch((error: unknown) => {
        // Meta retries a 5xx, and a stored row is never stored twice: answering 500 loses nothing.
        console.error("[sohbet] webhook failed:", error);
        return { status: 500, body: "Internal error" };
      })
      .then(({ status, body }) => {
        response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(body);
      })
      .catch(() => response.destroy());
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : options.port;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
