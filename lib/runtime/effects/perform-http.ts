/**
 * Runs an HTTP node's request. The engine already built it completely (URL, headers, body,
 * timeout ≤ 10 s); here it meets the network: only http(s), no private addresses (checked on the
 * address actually connected to, so DNS tricks cannot slip past), no redirects, at most 1 MB back.
 */
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import type { EffectResult, HttpRequestEffect, JsonValue } from "@/lib/flow";
import { jsonValueSchema } from "@/lib/flow";
import { isPrivateAddress } from "./private-address";
import { PRIVATE_ADDRESS_REFUSAL } from "./private-http-policy";

export const MAX_HTTP_RESPONSE_BYTES = 1024 * 1024;

const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = Array.isArray(addresses) ? addresses : [];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0) {
      const refused = new Error(`${PRIVATE_ADDRESS_REFUSAL} (${bad?.address ?? hostname})`);
      return callback(Object.assign(refused, { code: "EPRIVATE" }), "", 4);
    }
    if (options.all) return callback(null, list);
    const [first] = list;
    return first ? callback(null, first.address, first.family) : callback(refused(hostname), "", 4);
  });
};

function refused(hostname: string): Error {
  return new Error(`No address for ${hostname}`);
}

function parseBody(text: string): JsonValue {
  if (text.trim() === "") return null;
  try {
    const parsed = jsonValueSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : text;
  } catch {
    return text;
  }
}

export interface HttpEffectOptions {
  allowPrivate: boolean;
}

export function performHttp(
  effect: HttpRequestEffect,
  options: HttpEffectOptions,
): Promise<EffectResult> {
  let url: URL;
  try {
    url = new URL(effect.url);
  } catch {
    return Promise.resolve({ status: "error", message: `Not a URL: ${effect.url}` });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Promise.resolve({ status: "error", message: `Only http and https URLs can be called` });
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (
    !options.allowPrivate &&
    (host === "localhost" || (isIPLiteral(host) && isPrivateAddress(host)))
  ) {
    return Promise.resolve({
      status: "error",
      message: `${PRIVATE_ADDRESS_REFUSAL} (${host})`,
    });
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: effect.method,
        headers: effect.headers,
        timeout: effect.timeoutMs,
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > MAX_HTTP_RESPONSE_BYTES) {
            request.destroy(new Error(`The answer is over ${MAX_HTTP_RESPONSE_BYTES} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => {
          const httpStatus = response.statusCode ?? 0;
          const data = parseBody(Buffer.concat(chunks).toString("utf8"));
          resolve(
            httpStatus >= 200 && httpStatus < 300
              ? { status: "success", data, httpStatus }
              : { status: "error", message: `HTTP ${httpStatus}`, httpStatus, data },
          );
        });
        response.on("error", (error) => resolve({ status: "error", message: error.message }));
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`No answer within ${effect.timeoutMs} ms`)),
      effect.timeoutMs,
    );
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () =>
      request.destroy(new Error(`No answer within ${effect.timeoutMs} ms`)),
    );
    request.on("error", (error) => resolve({ status: "error", message: error.message }));
    if (effect.body !== undefined && effect.method !== "GET") request.write(effect.body);
    request.end();
  });
}

function isIPLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(":");
}
