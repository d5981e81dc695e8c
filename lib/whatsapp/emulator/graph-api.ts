/**
 * The emulated Graph API routes:
 *   POST /{version}/{phone_number_id}/messages   send (validated like Meta) or mark as read
 *   POST /{version}/{phone_number_id}/media      upload (multipart)
 *   GET  /{version}/{phone_number_id}            phone number info ("Test connection")
 *   GET  /{version}/{media_id}                   media info with a short-lived download URL
 *   DELETE /{version}/{media_id}                 delete media
 *   GET  /whatsapp_business/attachments/?mid=…   the download URL itself (bearer token required)
 * Injected failures apply before anything else, so a test can fail any request on purpose.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  cloudApiMarkReadSchema,
  cloudApiMessageSchema,
  type CloudApiMessage,
} from "../client/cloud-api-message";
import { validateCloudApiPayload } from "../client/validate-cloud-api-payload";
import { describeZodError } from "../describe-zod-error";
import type { FailureEndpoint, ResolvedFailureSpec } from "./emulator-config";
import type { EmulatorContext } from "./emulator-context";
import { recipientKey, type RegisteredNumber, type StoredMedia } from "./emulator-state";
import { generateWamid } from "./generate-wamid";
import {
  graphError,
  invalidTokenError,
  unknownObjectError,
  type GraphErrorResponse,
} from "./graph-error";
import { parseJson, preciseNow, sendJson, sleep } from "./http-helpers";
import { parseMultipart } from "./parse-multipart";
import { getField } from "../webhook/get-field";

const VERSION = /^v\d+(\.\d+)?$/;
const MEDIA_URL_TTL_SECONDS = 5 * 60;
const PHONE_FIELDS = ["display_phone_number", "verified_name", "quality_rating"] as const;

type Request = {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: Buffer;
  receivedAt: number;
};

function bearer(r: Request): string | undefined {
  const header = r.req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? r.url.searchParams.get("access_token") ?? undefined;
}

function answerError(
  ctx: EmulatorContext,
  r: Request,
  error: GraphErrorResponse,
  meta: { phoneNumberId: string; endpoint: FailureEndpoint; to?: string; injected: boolean },
): void {
  const code = getField(error.body.error, "code");
  const message = getField(error.body.error, "message");
  ctx.log(
    `refused ${meta.endpoint} ${meta.phoneNumberId}: HTTP ${error.status} ${String(message)}`,
  );
  ctx.state.recordRejected({
    ...meta,
    httpStatus: error.status,
    code: typeof code === "number" ? code : null,
    message: typeof message === "string" ? message : "",
  });
  sendJson(r.res, error.status, error.body);
}

type Authorized =
  { ok: true; number: RegisteredNumber | null } | { ok: false; error: GraphErrorResponse };

/** Registered numbers need their own token; others any non-empty token, unless strict. */
function authorizeNumber(
  ctx: EmulatorContext,
  r: Request,
  phoneNumberId: string,
  method: "get" | "post",
): Authorized {
  const token = bearer(r);
  if (!token) return { ok: false, error: invalidTokenError() };
  const number = ctx.state.numbers.get(phoneNumberId);
  if (number)
    return number.accessToken === token
      ? { ok: true, number }
      : { ok: false, error: invalidTokenError() };
  if (ctx.strict) return { ok: false, error: unknownObjectError(phoneNumberId, method) };
  return { ok: true, number: null };
}

function authorizeMedia(
  ctx: EmulatorContext,
  r: Request,
  media: StoredMedia,
): GraphErrorResponse | null {
  const token = bearer(r);
  if (!token) return invalidTokenError();
  const owner = media.phoneNumberId ? ctx.state.numbers.get(media.phoneNumberId) : undefined;
  return owner && owner.accessToken !== token ? invalidTokenError() : null;
}

/**
 * Applies an injected failure: waits, drops the connection or answers the error. Returns true when
 * the request has been fully answered (or dropped) by the failure.
 */
async function applyFailure(
  ctx: EmulatorContext,
  r: Request,
  failure: ResolvedFailureSpec | undefined,
  meta: { phoneNumberId: string; endpoint: FailureEndpoint; to?: string },
): Promise<boolean> {
  if (!failure) return false;
  if (failure.delayMs) await sleep(failure.delayMs);
  if (failure.dropConnection) {
    ctx.state.recordRejected({
      ...meta,
      httpStatus: 0,
      code: null,
      message: "connection dropped",
      injected: true,
    });
    r.req.socket.destroy();
    return true;
  }
  if (failure.asStatus) return false;
  if (failure.graphCode !== undefined) {
    const error = graphError(failure.graphCode, {
      details: failure.details,
      status: failure.httpStatus,
    });
    answerError(ctx, r, error, { ...meta, injected: true });
    return true;
  }
  if (failure.httpStatus !== undefined) {
    ctx.state.recordRejected({
      ...meta,
      httpStatus: failure.httpStatus,
      code: null,
      message: "injected HTTP error",
      injected: true,
    });
    if (!r.res.writableEnded) {
      r.res.writeHead(failure.httpStatus, { "content-type": "text/plain" });
      r.res.end(failure.details ?? "Internal Server Error");
    }
    return true;
  }
  return false;
}

function downloadUrl(ctx: EmulatorContext, r: Request, media: StoredMedia): string {
  const expires = Math.floor(ctx.now() / 1000) + MEDIA_URL_TTL_SECONDS;
  const hash = createHmac("sha256", ctx.state.urlSecret)
    .update(`${media.id}:${expires}`)
    .digest("hex");
  const host = r.req.headers.host ?? "127.0.0.1";
  return `http://${host}/whatsapp_business/attachments/?mid=${encodeURIComponent(media.id)}&ext=${expires}&hash=${hash}`;
}

async function handleMessages(
  ctx: EmulatorContext,
  r: Request,
  phoneNumberId: string,
): Promise<void> {
  const parsed = parseJson(r.body);
  const json = parsed.ok ? parsed.value : undefined;
  const isMarkRead = getField(json, "status") !== undefined;
  const endpoint: FailureEndpoint = isMarkRead ? "mark_read" : "messages";
  const toField = getField(json, "to") ?? getField(json, "recipient");
  const to = typeof toField === "string" ? toField : undefined;
  const meta = { phoneNumberId, endpoint, to };

  const failure = ctx.state.takeFailure(endpoint, phoneNumberId, to);
  if (await applyFailure(ctx, r, failure, meta)) return;

  const auth = authorizeNumber(ctx, r, phoneNumberId, "post");
  if (!auth.ok) return answerError(ctx, r, auth.error, { ...meta, injected: false });
  if (!parsed.ok) {
    return answerError(
      ctx,
      r,
      graphError(100, { details: "The request body is not valid JSON." }),
      { ...meta, injected: false },
    );
  }

  if (isMarkRead) {
    const read = cloudApiMarkReadSchema.safeParse(json);
    if (!read.success) {
      return answerError(ctx, r, graphError(100, { details: describeZodError(read.error) }), {
        ...meta,
        injected: false,
      });
    }
    ctx.state.recordRead({
      phoneNumberId,
      messageId: read.data.message_id,
      typing: read.data.typing_indicator !== undefined,
      receivedAt: r.receivedAt,
    });
    return sendJson(r.res, 200, { success: true });
  }

  const violations = validateCloudApiPayload(json);
  const [first] = violations;
  if (first) {
    const details = violations.map((v) => v.message).join(" ");
    return answerError(ctx, r, graphError(first.code, { details }), { ...meta, injected: false });
  }
  // Validated above: the body is a Cloud API message.
  const payload = parsePayload(json);
  if (!payload) return answerError(ctx, r, graphError(100), { ...meta, injected: false });
  const recipient = payload.to ?? payload.recipient ?? "";

  if (
    ctx.enforceServiceWindow &&
    payload.type !== "template" &&
    !ctx.state.windowOpen(phoneNumberId, recipient, ctx.now())
  ) {
    return answerError(ctx, r, graphError(131047), { ...meta, injected: false });
  }
  const limit = auth.number?.throughputPerSecond;
  if (limit !== undefined && !ctx.state.admitThroughput(phoneNumberId, limit, preciseNow())) {
    return answerError(ctx, r, graphError(130429), { ...meta, injected: false });
  }

  const wamid = generateWamid();
  const sent = ctx.state.recordSent({
    wamid,
    phoneNumberId,
    to: recipient,
    type: payload.type,
    payload,
    receivedAt: r.receivedAt,
    ...(failure?.asStatus && failure.graphCode !== undefined
      ? { failedWith: failure.graphCode }
      : {}),
  });
  const contact =
    payload.to !== undefined
      ? { input: payload.to, wa_id: recipientKey(payload.to) }
      : { input: recipient, user_id: recipient };
  sendJson(r.res, 200, {
    messaging_product: "whatsapp",
    contacts: [contact],
    messages: [{ id: wamid }],
  });
  ctx.log(`accepted ${payload.type} ${phoneNumberId} → ${recipient} (${wamid})`);
  ctx.afterAccept(sent);
}

function parsePayload(json: unknown): CloudApiMessage | null {
  const withType =
    typeof json === "object" && json !== null && !("type" in json)
      ? { ...json, type: "text" }
      : json;
  const parsed = cloudApiMessageSchema.safeParse(withType);
  return parsed.success ? parsed.data : null;
}

async function handleUpload(
  ctx: EmulatorContext,
  r: Request,
  phoneNumberId: string,
): Promise<void> {
  const meta = { phoneNumberId, endpoint: "media" as const };
  if (await applyFailure(ctx, r, ctx.state.takeFailure("media", phoneNumberId, undefined), meta))
    return;
  const auth = authorizeNumber(ctx, r, phoneNumberId, "post");
  if (!auth.ok) return answerError(ctx, r, auth.error, { ...meta, injected: false });
  const parts = parseMultipart(r.body, r.req.headers["content-type"]);
  const file = parts?.find((p) => p.name === "file");
  if (!parts || !file) {
    return answerError(
      ctx,
      r,
      graphError(131008, { details: "Upload a multipart/form-data body with a file field." }),
      { ...meta, injected: false },
    );
  }
  const type = parts.find((p) => p.name === "type")?.data.toString("utf8");
  const stored = ctx.state.registerMedia({
    bytes: file.data,
    mimeType: type || file.contentType || "application/octet-stream",
    phoneNumberId,
  });
  sendJson(r.res, 200, { id: stored.id });
}

async function handleGetObject(ctx: EmulatorContext, r: Request, id: string): Promise<void> {
  const media = ctx.state.media.get(id);
  if (media) {
    const meta = { phoneNumberId: media.phoneNumberId ?? "", endpoint: "media" as const };
    if (
      await applyFailure(
        ctx,
        r,
        ctx.state.takeFailure("media", meta.phoneNumberId, undefined),
        meta,
      )
    )
      return;
    const denied = authorizeMedia(ctx, r, media);
    if (denied) return answerError(ctx, r, denied, { ...meta, injected: false });
    return sendJson(r.res, 200, {
      messaging_product: "whatsapp",
      url: downloadUrl(ctx, r, media),
      mime_type: media.mimeType,
      sha256: media.sha256,
      file_size: media.bytes.length,
      id: media.id,
    });
  }

  const meta = { phoneNumberId: id, endpoint: "phone_number" as const };
  if (await applyFailure(ctx, r, ctx.state.takeFailure("phone_number", id, undefined), meta))
    return;
  const fields = r.url.searchParams.get("fields");
  const requested = (fields ?? PHONE_FIELDS.join(",")).split(",").map((f) => f.trim());
  const asksForPhone = fields !== null && requested.some((f) => PHONE_FIELDS.some((p) => p === f));
  const auth = authorizeNumber(ctx, r, id, "get");
  if (!auth.ok) return answerError(ctx, r, auth.error, { ...meta, injected: false });
  // An unregistered id is only taken for a phone number when phone fields are asked for.
  if (!auth.number && !asksForPhone)
    return answerError(ctx, r, unknownObjectError(id, "get"), { ...meta, injected: false });
  const info: Record<string, string> = {
    display_phone_number: auth.number?.displayPhoneNumber ?? "+1 555-010-0000",
    verified_name: auth.number?.verifiedName ?? "Sohbet Test Number",
    quality_rating: auth.number?.qualityRating ?? "GREEN",
  };
  const answer: Record<string, string> = {};
  for (const field of requested) {
    const value = info[field];
    if (value !== undefined) answer[field] = value;
  }
  sendJson(r.res, 200, { ...answer, id });
}

function handleDeleteMedia(ctx: EmulatorContext, r: Request, id: string): void {
  const media = ctx.state.media.get(id);
  if (!media)
    return answerError(ctx, r, unknownObjectError(id, "post"), {
      phoneNumberId: "",
      endpoint: "media",
      injected: false,
    });
  const denied = authorizeMedia(ctx, r, media);
  if (denied)
    return answerError(ctx, r, denied, {
      phoneNumberId: media.phoneNumberId ?? "",
      endpoint: "media",
      injected: false,
    });
  ctx.state.media.delete(id);
  sendJson(r.res, 200, { success: true });
}

async function handleDownload(ctx: EmulatorContext, r: Request): Promise<void> {
  const id = r.url.searchParams.get("mid") ?? "";
  const expires = Number(r.url.searchParams.get("ext"));
  const hash = Buffer.from(r.url.searchParams.get("hash") ?? "", "hex");
  const media = ctx.state.media.get(id);
  const expected = createHmac("sha256", ctx.state.urlSecret).update(`${id}:${expires}`).digest();
  const meta = { phoneNumberId: media?.phoneNumberId ?? "", endpoint: "media_download" as const };
  if (!media || hash.length !== expected.length || !timingSafeEqual(hash, expected)) {
    return answerError(ctx, r, graphError(100, { status: 404, details: "Unknown media URL." }), {
      ...meta,
      injected: false,
    });
  }
  if (!Number.isFinite(expires) || expires * 1000 < ctx.now()) {
    return answerError(
      ctx,
      r,
      graphError(100, { status: 404, details: "The media URL has expired; ask for a new one." }),
      { ...meta, injected: false },
    );
  }
  if (
    await applyFailure(
      ctx,
      r,
      ctx.state.takeFailure("media_download", meta.phoneNumberId, undefined),
      meta,
    )
  )
    return;
  const denied = authorizeMedia(ctx, r, media);
  if (denied) return answerError(ctx, r, denied, { ...meta, injected: false });
  r.res.writeHead(200, { "content-type": media.mimeType, "content-length": media.bytes.length });
  r.res.end(media.bytes);
}

/** Answers a Graph API request; false when the path is not one of ours. */
export async function handleGraphRequest(ctx: EmulatorContext, r: Request): Promise<boolean> {
  const method = r.req.method ?? "GET";
  if (
    r.url.pathname === "/whatsapp_business/attachments/" ||
    r.url.pathname === "/whatsapp_business/attachments"
  ) {
    if (method !== "GET") return false;
    await handleDownload(ctx, r);
    return true;
  }
  const [version, id, edge, ...rest] = r.url.pathname.split("/").filter(Boolean);
  if (!version || !VERSION.test(version) || !id || rest.length > 0) return false;
  if (method === "POST" && edge === "messages") await handleMessages(ctx, r, id);
  else if (method === "POST" && edge === "media") await handleUpload(ctx, r, id);
  else if (method === "GET" && edge === undefined) await handleGetObject(ctx, r, id);
  else if (method === "DELETE" && edge === undefined) handleDeleteMedia(ctx, r, id);
  else return false;
  return true;
}

export type { Request as GraphRequest };
