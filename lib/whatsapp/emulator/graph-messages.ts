/**
 * `POST /{version}/{phone_number_id}/messages`: a send, held to the Cloud API's rules and limits
 * exactly as `checkOutboundLimits` holds ours, or a mark-as-read. Accepted sends are recorded with
 * their arrival time and get their status callbacks.
 */
import {
  cloudApiMarkReadSchema,
  cloudApiMessageSchema,
  type CloudApiMessage,
} from "../client/cloud-api-message";
import { validateCloudApiPayload } from "../client/validate-cloud-api-payload";
import { describeZodError } from "../describe-zod-error";
import { getField } from "../webhook/get-field";
import type { FailureEndpoint } from "./emulator-config";
import type { EmulatorContext } from "./emulator-context";
import { recipientKey } from "./emulator-state";
import { generateWamid } from "./generate-wamid";
import { graphError } from "./graph-error";
import { answerError, applyFailure, authorizeNumber, type GraphRequest } from "./graph-request";
import { parseJson, preciseNow, sendJson } from "./http-helpers";

export async function handleMessages(
  ctx: EmulatorContext,
  r: GraphRequest,
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
