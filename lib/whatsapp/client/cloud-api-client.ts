/**
 * A thin client for one business phone number on the WhatsApp Cloud API (or the emulator: the
 * base URL and Graph version are settings). It never throws on HTTP or network failures: every
 * call resolves to `{ok: true, …}` or `{ok: false, error}` with a classified error, so the runtime's
 * retry and channel-health logic is a switch on `error.kind`, not a try/catch.
 */
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { OutboundMessage } from "@/lib/flow/io";
import { fetchTransport, nodeHttpTransport } from "./graph-transport";
import { checkOutboundLimits } from "./check-outbound-limits";
import { classifyError, type ClassifiedError } from "./classify-error";
import type { CloudApiMessage } from "./cloud-api-message";
import {
  mediaInfoResponseSchema,
  phoneNumberResponseSchema,
  sendResponseSchema,
  successResponseSchema,
} from "./graph-responses";
import { markAsReadPayload, toCloudApiPayload, type PayloadOptions } from "./to-cloud-api-payload";
import { validateCloudApiPayload, type PayloadViolation } from "./validate-cloud-api-payload";

export type CloudApiClientOptions = {
  /** `https://graph.facebook.com`, or the emulator's URL (`WHATSAPP_GRAPH_API_URL`). */
  baseUrl: string;
  /** Graph API version, e.g. `v23.0`. */
  version: string;
  phoneNumberId: string;
  accessToken: string;
  fetch?: typeof fetch;
  /** Per request, including reading the answer. Default 15 s. */
  timeoutMs?: number;
};

export type Failure = { ok: false; error: ClassifiedError };
export type SendResult =
  | { ok: true; wamid: string; waId?: string; userId?: string }
  | (Failure & { violations?: PayloadViolation[] });
export type MediaInfo = {
  id: string;
  url: string;
  mimeType: string;
  sha256?: string;
  fileSize?: number;
};
export type DownloadedMedia = { bytes: Uint8Array; mimeType: string; size: number };
export type PhoneNumberInfo = {
  id: string;
  displayPhoneNumber?: string;
  verifiedName?: string;
  qualityRating?: string;
};

export type CloudApiClient = {
  /** Checks the Cloud API rules first (a violation fails locally, nothing is sent). */
  send(to: string, msg: OutboundMessage, options?: PayloadOptions): Promise<SendResult>;
  /** Sends an already-mapped payload as is (e.g. one stored in the outbox). */
  sendPayload(payload: CloudApiMessage): Promise<SendResult>;
  markRead(messageId: string, typing?: boolean): Promise<{ ok: true } | Failure>;
  getMedia(mediaId: string): Promise<{ ok: true; media: MediaInfo } | Failure>;
  /** Downloads with the same bearer token; stops reading past `maxBytes`. */
  downloadMedia(
    mediaId: string,
    options: { maxBytes: number },
  ): Promise<{ ok: true; media: DownloadedMedia } | Failure>;
  /** For "Test connection": proves the token can see this phone number. */
  getPhoneNumber(): Promise<{ ok: true; phone: PhoneNumberInfo } | Failure>;
};

type Response<T> = { ok: true; data: T } | Failure;

function localError(message: string, details: string, code: number | null = null): ClassifiedError {
  return { kind: "permanent", code, message, details, source: "local", retryable: false };
}

/** A 2xx whose body we cannot read: a misconfigured base URL or proxy, and retrying will not fix it. */
function unexpectedAnswer(status: number, text: string): ClassifiedError {
  return {
    kind: "permanent",
    code: null,
    message: `Unexpected answer from the Graph API (HTTP ${status}): ${text.slice(0, 200)}`,
    httpStatus: status,
    source: "http",
    retryable: false,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function matchesSha256(bytes: Uint8Array, expected: string): boolean {
  const digest = createHash("sha256").update(bytes).digest();
  // The media endpoint gives hex; webhooks give base64. Accept either, skip anything else.
  if (/^[0-9a-f]{64}$/i.test(expected)) return digest.toString("hex") === expected.toLowerCase();
  if (/^[A-Za-z0-9+/]{43}=$/.test(expected)) return digest.toString("base64") === expected;
  return true;
}

export function createCloudApiClient(options: CloudApiClientOptions): CloudApiClient {
  const { phoneNumberId, accessToken, timeoutMs = 15_000 } = options;
  const doFetch = options.fetch ?? fetch;
  const transport = options.fetch ? fetchTransport(options.fetch) : nodeHttpTransport;
  const root = `${options.baseUrl.replace(/\/+$/, "")}/${options.version.replace(/^\/+|\/+$/g, "")}`;
  const auth = { Authorization: `Bearer ${accessToken}` };

  async function call<T>(
    url: string,
    schema: z.ZodType<T>,
    init: { method: "GET" | "POST"; body?: unknown },
  ): Promise<Response<T>> {
    let status: number;
    let text: string;
    try {
      const answer = await transport(url, {
        method: init.method,
        headers: init.body === undefined ? auth : { ...auth, "Content-Type": "application/json" },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        timeoutMs,
      });
      status = answer.status;
      text = answer.text;
    } catch (error) {
      return { ok: false, error: classifyError(null, error) };
    }
    if (status < 200 || status >= 300) return { ok: false, error: classifyError(status, text) };
    const parsed = schema.safeParse(parseJson(text));
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, error: unexpectedAnswer(status, text) };
  }

  const messagesUrl = `${root}/${encodeURIComponent(phoneNumberId)}/messages`;

  async function sendPayload(payload: CloudApiMessage): Promise<SendResult> {
    const result = await call(messagesUrl, sendResponseSchema, { method: "POST", body: payload });
    if (!result.ok) return result;
    const [message] = result.data.messages;
    const [contact] = result.data.contacts ?? [];
    if (!message) return { ok: false, error: unexpectedAnswer(200, "no message id") };
    const sent: SendResult = { ok: true, wamid: message.id };
    if (contact?.wa_id) sent.waId = contact.wa_id;
    if (contact?.user_id) sent.userId = contact.user_id;
    return sent;
  }

  async function getMedia(mediaId: string): Promise<{ ok: true; media: MediaInfo } | Failure> {
    const result = await call(`${root}/${encodeURIComponent(mediaId)}`, mediaInfoResponseSchema, {
      method: "GET",
    });
    if (!result.ok) return result;
    const { id, url, mime_type: mimeType, sha256, file_size: fileSize } = result.data;
    const media: MediaInfo = { id, url, mimeType };
    if (sha256) media.sha256 = sha256;
    if (fileSize !== undefined) media.fileSize = fileSize;
    return { ok: true, media };
  }

  return {
    async send(to, msg, payloadOptions) {
      // The message's own rules first (they also reject values that are not messages at all),
      // then the whole payload, which adds the recipient and the options.
      let violations = checkOutboundLimits(msg);
      const payload = violations.length === 0 ? toCloudApiPayload(to, msg, payloadOptions) : null;
      if (payload) violations = validateCloudApiPayload(payload);
      const [first] = violations;
      if (first || !payload) {
        const message = violations.map((v) => v.message).join(" ");
        return {
          ok: false,
          error: localError(message, "payload_invalid", first?.code ?? 100),
          violations,
        };
      }
      return sendPayload(payload);
    },

    sendPayload,

    async markRead(messageId, typing = false) {
      const result = await call(messagesUrl, successResponseSchema, {
        method: "POST",
        body: markAsReadPayload(messageId, { typing }),
      });
      return result.ok ? { ok: true } : result;
    },

    getMedia,

    async downloadMedia(mediaId, { maxBytes }) {
      const info = await getMedia(mediaId);
      if (!info.ok) return info;
      const tooLarge = (size: number | string) =>
        ({
          ok: false,
          error: localError(
            `The media is ${size} bytes, over the ${maxBytes}-byte limit.`,
            "media_too_large",
          ),
        }) satisfies Failure;
      if (info.media.fileSize !== undefined && info.media.fileSize > maxBytes)
        return tooLarge(info.media.fileSize);

      let response: globalThis.Response;
      try {
        response = await doFetch(info.media.url, {
          headers: auth,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        return { ok: false, error: classifyError(null, error) };
      }
      if (!response.ok)
        return {
          ok: false,
          error: classifyError(response.status, await response.text().catch(() => "")),
        };
      const declared = Number(response.headers.get("content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return tooLarge(declared);
      }

      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        const reader = response.body?.getReader();
        while (reader) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return tooLarge(`more than ${maxBytes}`);
          }
          chunks.push(value);
        }
      } catch (error) {
        return { ok: false, error: classifyError(null, error) };
      }
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      if (info.media.sha256 && !matchesSha256(bytes, info.media.sha256)) {
        return {
          ok: false,
          error: {
            ...localError("The downloaded media does not match its checksum.", "checksum_mismatch"),
            kind: "transient",
            retryable: true,
          },
        };
      }
      const mimeType =
        info.media.mimeType || response.headers.get("content-type") || "application/octet-stream";
      return { ok: true, media: { bytes, mimeType, size } };
    },

    async getPhoneNumber() {
      const fields = "display_phone_number,verified_name,quality_rating";
      const url = `${root}/${encodeURIComponent(phoneNumberId)}?fields=${fields}`;
      const result = await call(url, phoneNumberResponseSchema, { method: "GET" });
      if (!result.ok) return result;
      const { id, display_phone_number, verified_name, quality_rating } = result.data;
      const phone: PhoneNumberInfo = { id };
      if (display_phone_number) phone.displayPhoneNumber = display_phone_number;
      if (verified_name) phone.verifiedName = verified_name;
      if (quality_rating) phone.qualityRating = quality_rating;
      return { ok: true, phone };
    },
  };
}
