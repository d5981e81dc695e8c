import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyError } from "./classify-error";
import { nodeHttpTransport } from "./graph-transport";

let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === "/slow") return; // never answers
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      response.writeHead(request.url === "/missing" ? 404 : 200, {
        "content-type": "application/json",
      });
      response.end(
        JSON.stringify({
          method: request.method,
          auth: request.headers.authorization,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe("nodeHttpTransport", () => {
  it("posts the body with the headers and gives back status and text, UTF-8 intact", async () => {
    const answer = await nodeHttpTransport(`${base}/v21.0/1/messages`, {
      method: "POST",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: JSON.stringify({ text: "Merhaba, çiçek 🌷" }),
      timeoutMs: 5_000,
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({
      method: "POST",
      auth: "Bearer t",
      body: JSON.stringify({ text: "Merhaba, çiçek 🌷" }),
    });
    const missing = await nodeHttpTransport(`${base}/missing`, {
      method: "GET",
      headers: {},
      timeoutMs: 5_000,
    });
    expect(missing.status).toBe(404);
  });

  it("gives up after the timeout with an error the client classifies as a retryable timeout", async () => {
    const error = await nodeHttpTransport(`${base}/slow`, {
      method: "GET",
      headers: {},
      timeoutMs: 200,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(classifyError(null, error)).toMatchObject({ retryable: true });
  });

  it("rejects when nothing listens, and refuses other protocols", async () => {
    await expect(
      nodeHttpTransport("http://127.0.0.1:1/x", { method: "GET", headers: {}, timeoutMs: 2_000 }),
    ).rejects.toThrow();
    await expect(
      nodeHttpTransport("ftp://127.0.0.1/x", { method: "GET", headers: {}, timeoutMs: 2_000 }),
    ).rejects.toThrow(/protocol/);
  });
});
