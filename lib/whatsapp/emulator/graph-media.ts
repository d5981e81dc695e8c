/**
 * Media endpoints: multipart upload, media info with a download URL that is signed and expires in
 * five minutes (as Meta's do), the download itself (bearer token required), and delete.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { EmulatorContext } from "./emulator-context";
import type { StoredMedia } from "./emulator-state";
import { graphError, unknownObjectError } from "./graph-error";
import {
  answerError,
  applyFailure,
  authorizeMedia,
  authorizeNumber,
  type GraphRequest,
} from "./graph-request";
import { sendJson } from "./http-helpers";
import { parseMultipart } from "./parse-multipart";

const MEDIA_URL_TTL_SECONDS = 5 * 60;

function downloadUrl(ctx: EmulatorContext, r: GraphRequest, media: StoredMedia): string {
  const expires = Math.floor(ctx.now() / 1000) + MEDIA_URL_TTL_SECONDS;
  const hash = createHmac("sha256", ctx.state.urlSecret)
    .update(`${media.id}:${expires}`)
    .digest("hex");
  const host = r.req.headers.host ?? "127.0.0.1";
  return `http://${host}/whatsapp_business/attachments/?mid=${encodeURIComponent(media.id)}&ext=${expires}&hash=${hash}`;
}

export async function handleUpload(
  ctx: EmulatorContext,
  r: GraphRequest,
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

export async function handleMediaInfo(
  ctx: EmulatorContext,
  r: GraphRequest,
  media: StoredMedia,
): Promise<void> {
  const meta = { phoneNumberId: media.phoneNumberId ?? "", endpoint: "media" as const };
  if (
    await applyFailure(ctx, r, ctx.state.takeFailure("media", meta.phoneNumberId, undefined), meta)
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

export function handleDeleteMedia(ctx: EmulatorContext, r: GraphRequest, id: string): void {
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

export async function handleDownload(ctx: EmulatorContext, r: GraphRequest): Promise<void> {
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
