/**
 * Turns a webhook body into a flat list of channel-neutral events, one per message, status,
 * system notice and error across every entry × change. Never throws.
 *
 * A body without a valid envelope is rejected as a whole (`ok: false`): it did not come from Meta
 * in any shape we know, and storing half of it would be worse than logging it. Inside a valid
 * envelope each item stands alone: an odd item becomes an `unknown` message or an `invalid` event
 * and the rest of the batch goes through.
 */
import { describeZodError } from "../describe-zod-error";
import { getField } from "./get-field";
import { toInboundMessage } from "./to-inbound-message";
import { unixSecondsToMs } from "./unix-seconds-to-ms";
import {
  deliveryStatusSchema,
  type ApiError,
  type ContactRef,
  type WebhookEvent,
} from "./webhook-event";
import {
  wireContactSchema,
  wireErrorSchema,
  wireMessagesValueSchema,
  wireWebhookBodySchema,
  type WireContact,
  type WireError,
} from "./wire-envelope";
import { wireMessageBaseSchema, wireSystemSchema } from "./wire-message";
import { wireStatusSchema } from "./wire-status";

export type WebhookRejectionReason = "not_json" | "not_object" | "wrong_object" | "malformed";

export type ParseWebhookResult =
  | {
      ok: true;
      events: WebhookEvent[];
      /** Changes of other fields (template status, account updates…), which Sohbet ignores. */
      skipped: { wabaId: string; field: string }[];
    }
  | { ok: false; reason: WebhookRejectionReason; message: string };

type Origin = { phoneNumberId: string; displayPhoneNumber?: string; wabaId: string };

function toApiError(error: WireError): ApiError {
  const mapped: ApiError = { code: error.code };
  if (error.title !== undefined) mapped.title = error.title;
  if (error.message !== undefined) mapped.message = error.message;
  if (error.error_data?.details !== undefined) mapped.details = error.error_data.details;
  if (error.href !== undefined) mapped.href = error.href;
  return mapped;
}

function contactRef(
  waId: string | undefined,
  userId: string | undefined,
  contacts: WireContact[],
): ContactRef | undefined {
  const key = waId || userId;
  if (!key) return undefined;
  const profile =
    contacts.find((c) => (waId && c.wa_id === waId) || (userId && c.user_id === userId)) ??
    (contacts.length === 1 ? contacts[0] : undefined);
  const ref: ContactRef = { key };
  if (waId) ref.waId = waId;
  const resolvedUserId = userId || profile?.user_id;
  if (resolvedUserId) ref.userId = resolvedUserId;
  if (profile?.parent_user_id) ref.parentUserId = profile.parent_user_id;
  if (profile?.profile?.name) ref.profileName = profile.profile.name;
  if (profile?.profile?.username) ref.username = profile.profile.username;
  return ref;
}

function parseMessage(item: unknown, origin: Origin, contacts: WireContact[]): WebhookEvent {
  const invalid = (reason: string): WebhookEvent => ({
    ...origin,
    type: "invalid",
    itemKind: "message",
    reason,
    raw: item,
  });
  const base = wireMessageBaseSchema.safeParse(item);
  if (!base.success) return invalid(describeZodError(base.error));
  const timestamp = unixSecondsToMs(base.data.timestamp);
  if (timestamp === null) return invalid(`timestamp: not unix seconds (${base.data.timestamp})`);
  const contact = contactRef(base.data.from, base.data.from_user_id, contacts);

  if (base.data.type === "system") {
    const system = wireSystemSchema.safeParse(getField(item, "system"));
    const data = system.success ? system.data : {};
    const event: WebhookEvent = {
      ...origin,
      type: "system",
      messageId: base.data.id,
      timestamp,
      systemType: data.type ?? "unknown",
      raw: item,
    };
    if (contact) event.contact = contact;
    if (data.body !== undefined) event.body = data.body;
    const newWaId =
      data.wa_id ?? (data.new_wa_id === undefined ? undefined : String(data.new_wa_id));
    if (newWaId) event.newWaId = newWaId;
    if (data.user_id) event.newUserId = data.user_id;
    const previousUserId = data.previous_user_id ?? base.data.from_user_id;
    if (previousUserId) event.previousUserId = previousUserId;
    return event;
  }

  if (!contact) return invalid("no sender: both from and from_user_id are empty");
  const { message, rawType } = toInboundMessage(base.data, item, timestamp);
  const event: WebhookEvent = { ...origin, type: "message", contact, message, rawType, raw: item };
  const context = base.data.context;
  if (context?.forwarded || context?.frequently_forwarded) event.forwarded = true;
  if (base.data.errors?.length) event.errors = base.data.errors.map(toApiError);
  return event;
}

function parseStatus(item: unknown, origin: Origin, contacts: WireContact[]): WebhookEvent {
  const invalid = (reason: string): WebhookEvent => ({
    ...origin,
    type: "invalid",
    itemKind: "status",
    reason,
    raw: item,
  });
  const parsed = wireStatusSchema.safeParse(item);
  if (!parsed.success) return invalid(describeZodError(parsed.error));
  const wire = parsed.data;
  const status = deliveryStatusSchema.safeParse(wire.status);
  if (!status.success) return invalid(`status: undocumented value "${wire.status}"`);
  const timestamp = unixSecondsToMs(wire.timestamp);
  if (timestamp === null) return invalid(`timestamp: not unix seconds (${wire.timestamp})`);
  const event: WebhookEvent = {
    ...origin,
    type: "status",
    messageId: wire.id,
    status: status.data,
    timestamp,
    recipientId: wire.recipient_id ?? "",
    raw: item,
  };
  if (wire.recipient_user_id) event.recipientUserId = wire.recipient_user_id;
  const contact = contactRef(wire.recipient_id, wire.recipient_user_id, contacts);
  if (contact) event.contact = contact;
  if (wire.errors?.length) event.errors = wire.errors.map(toApiError);
  if (wire.pricing) {
    const { billable, pricing_model: pricingModel, category, type } = wire.pricing;
    event.pricing = Object.fromEntries(
      Object.entries({ billable, pricingModel, category, type }).filter(([, v]) => v !== undefined),
    );
  }
  if (wire.conversation?.id) event.conversationId = wire.conversation.id;
  if (wire.biz_opaque_callback_data !== undefined) {
    event.bizOpaqueCallbackData = wire.biz_opaque_callback_data;
  }
  return event;
}

function parseError(item: unknown, origin: Origin): WebhookEvent {
  const parsed = wireErrorSchema.safeParse(item);
  if (!parsed.success) {
    return {
      ...origin,
      type: "invalid",
      itemKind: "error",
      reason: describeZodError(parsed.error),
      raw: item,
    };
  }
  return { ...origin, type: "error", error: toApiError(parsed.data), raw: item };
}

export function parseWebhook(json: unknown): ParseWebhookResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, reason: "not_object", message: "The body is not a JSON object." };
  }
  const object = getField(json, "object");
  if (object !== "whatsapp_business_account") {
    return {
      ok: false,
      reason: "wrong_object",
      message: `Expected object "whatsapp_business_account", got ${JSON.stringify(object) ?? "nothing"}.`,
    };
  }
  const body = wireWebhookBodySchema.safeParse(json);
  if (!body.success) {
    return { ok: false, reason: "malformed", message: describeZodError(body.error) };
  }

  const events: WebhookEvent[] = [];
  const skipped: { wabaId: string; field: string }[] = [];
  for (const [entryIndex, entry] of body.data.entry.entries()) {
    for (const [changeIndex, change] of entry.changes.entries()) {
      if (change.field !== "messages") {
        skipped.push({ wabaId: entry.id, field: change.field });
        continue;
      }
      const value = wireMessagesValueSchema.safeParse(change.value);
      if (!value.success) {
        const where = `entry.${entryIndex}.changes.${changeIndex}.value`;
        return {
          ok: false,
          reason: "malformed",
          message: `${where}: ${describeZodError(value.error)}`,
        };
      }
      const { metadata } = value.data;
      const origin: Origin = { phoneNumberId: metadata.phone_number_id, wabaId: entry.id };
      if (metadata.display_phone_number) origin.displayPhoneNumber = metadata.display_phone_number;
      const contacts = (value.data.contacts ?? []).flatMap((c) => {
        const parsed = wireContactSchema.safeParse(c);
        return parsed.success ? [parsed.data] : [];
      });
      for (const item of value.data.messages ?? [])
        events.push(parseMessage(item, origin, contacts));
      for (const item of value.data.statuses ?? [])
        events.push(parseStatus(item, origin, contacts));
      for (const item of value.data.errors ?? []) events.push(parseError(item, origin));
    }
  }
  return { ok: true, events, skipped };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** `parseWebhook` over the raw request bytes (after the signature check). */
export function parseWebhookBody(raw: Uint8Array | string): ParseWebhookResult {
  let json: unknown;
  try {
    json = JSON.parse(typeof raw === "string" ? raw : decoder.decode(raw));
  } catch {
    return { ok: false, reason: "not_json", message: "The body is not valid UTF-8 JSON." };
  }
  return parseWebhook(json);
}
