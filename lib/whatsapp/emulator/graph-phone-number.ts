/**
 * `GET /{version}/{phone_number_id}?fields=…`: what "Test connection" asks for. Answers only the
 * requested fields, plus the id, as Graph does.
 */
import type { EmulatorContext } from "./emulator-context";
import { unknownObjectError } from "./graph-error";
import { answerError, applyFailure, authorizeNumber, type GraphRequest } from "./graph-request";
import { sendJson } from "./http-helpers";

const PHONE_FIELDS = ["display_phone_number", "verified_name", "quality_rating"] as const;

export async function handlePhoneNumber(
  ctx: EmulatorContext,
  r: GraphRequest,
  id: string,
): Promise<void> {
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
