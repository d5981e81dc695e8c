import type { IncomingMessage, ServerResponse } from "node:http";

export class BodyTooLargeError extends Error {}

/**
 * Reads the whole request body, refusing more than `limit` bytes. An oversized body is drained and
 * discarded rather than cut off, so the client still gets to read the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on("end", () => {
      if (size > limit) reject(new BodyTooLargeError(`Request body over ${limit} bytes`));
      else resolve(Buffer.concat(chunks));
    });
    req.on("error", reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

export function parseJson(buffer: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(buffer.toString("utf8")) };
  } catch {
    return { ok: false };
  }
}

/** A wait that does not keep the process alive (a slow answer must not delay shutdown). */
export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Wall-clock milliseconds with sub-millisecond resolution, for arrival times. */
export const preciseNow = () => performance.timeOrigin + performance.now();
