/**
 * How the Cloud API client makes its JSON calls. By default a keep-alive node:http(s) agent:
 * every customer message costs a send and a read receipt, and `fetch`'s web streams and
 * per-request objects were the largest single cost of a busy worker (CPU profile of
 * bench:webhook). An injected `fetch` (tests, special proxies) is used as given.
 */
import http from "node:http";
import https from "node:https";

export interface GraphRequest {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export type GraphTransport = (
  url: string,
  request: GraphRequest,
) => Promise<{ status: number; text: string }>;

export function fetchTransport(doFetch: typeof fetch): GraphTransport {
  return async (url, { method, headers, body, timeoutMs }) => {
    const response = await doFetch(url, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, text: await response.text() };
  };
}

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 256 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 256 }),
};

/** Errors carry the same names `classifyError` knows from fetch (a timeout is a TimeoutError). */
function timeoutError(): Error {
  const error = new Error("The Graph API did not answer in time.");
  error.name = "TimeoutError";
  return error;
}

export const nodeHttpTransport: GraphTransport = (url, { method, headers, body, timeoutMs }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    if (!secure && target.protocol !== "http:") {
      reject(new TypeError(`Unsupported protocol ${target.protocol}`));
      return;
    }
    const send = secure ? https.request : http.request;
    const request = send(
      target,
      {
        method,
        agent: secure ? agents["https:"] : agents["http:"],
        headers:
          body === undefined ? headers : { ...headers, "Content-Length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
          });
        });
        response.on("error", reject);
      },
    );
    // The whole exchange, not just a silent socket, must finish in time.
    const timer = setTimeout(() => request.destroy(timeoutError()), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
