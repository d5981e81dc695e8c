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
import type { EmulatorContext } from "./emulator-context";
import { handleDeleteMedia, handleDownload, handleMediaInfo, handleUpload } from "./graph-media";
import { handleMessages } from "./graph-messages";
import { handlePhoneNumber } from "./graph-phone-number";
import type { GraphRequest } from "./graph-request";

const VERSION = /^v\d+(\.\d+)?$/;

export async function handleGraphRequest(ctx: EmulatorContext, r: GraphRequest): Promise<boolean> {
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
  else if (method === "GET" && edge === undefined) {
    // Media and phone numbers share the id space; registered media wins.
    const media = ctx.state.media.get(id);
    if (media) await handleMediaInfo(ctx, r, media);
    else await handlePhoneNumber(ctx, r, id);
  } else if (method === "DELETE" && edge === undefined) handleDeleteMedia(ctx, r, id);
  else return false;
  return true;
}
