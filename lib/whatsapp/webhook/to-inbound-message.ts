/**
 * Maps one wire message (already known to have an id, a timestamp and a type) to the engine's
 * channel-neutral `InboundMessage`. Every documented type has a kind; anything else — a future
 * type, `unsupported`, or a documented type whose body does not match — becomes `unknown` with
 * Meta's type name, so the conversation continues and the raw JSON is kept for later.
 */
import type { AdReferral, InboundMessage, MediaKind } from "@/lib/flow/io";
import { getField } from "./get-field";
import {
  wireButtonSchema,
  wireContactsSchema,
  wireInteractiveSchema,
  wireLocationSchema,
  wireMediaSchema,
  wireOrderSchema,
  wireReactionSchema,
  wireTextSchema,
  type WireMessageBase,
} from "./wire-message";

export type MappedInbound = { message: InboundMessage; rawType: string };

const MEDIA_KINDS: ReadonlySet<string> = new Set([
  "image",
  "video",
  "document",
  "audio",
  "sticker",
]);

function isMediaKind(type: string): type is MediaKind {
  return MEDIA_KINDS.has(type);
}

function toReferral(referral: WireMessageBase["referral"]): AdReferral | undefined {
  if (!referral) return undefined;
  const mapped: AdReferral = {
    adId: referral.source_id,
    sourceUrl: referral.source_url,
    sourceType: referral.source_type,
    headline: referral.headline,
    body: referral.body,
    ctwaClid: referral.ctwa_clid,
  };
  const present = Object.fromEntries(Object.entries(mapped).filter(([, v]) => v !== undefined));
  return Object.keys(present).length > 0 ? present : undefined;
}

/**
 * Deletes keys whose value is undefined, in place and deeply, so mapped messages compare cleanly
 * and store compactly (JSON has no undefined).
 */
function pruneUndefined(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(pruneUndefined);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const key of Object.keys(value)) {
    const child: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
    if (child === undefined) Reflect.deleteProperty(value, key);
    else pruneUndefined(child);
  }
}

export function toInboundMessage(
  base: WireMessageBase,
  raw: unknown,
  timestampMs: number,
): MappedInbound {
  const mapped = mapByType(base, raw, timestampMs);
  pruneUndefined(mapped.message);
  return mapped;
}

function mapByType(base: WireMessageBase, raw: unknown, timestampMs: number): MappedInbound {
  const common = {
    id: base.id,
    timestamp: timestampMs,
    replyTo: base.context?.id,
    referral: toReferral(base.referral),
  };
  const body = getField(raw, base.type);
  const unknown = (rawType: string): MappedInbound => ({
    message: { ...common, kind: "unknown", rawType },
    rawType,
  });

  switch (base.type) {
    case "text": {
      const text = wireTextSchema.safeParse(body);
      if (!text.success) return unknown(base.type);
      return { message: { ...common, kind: "text", text: text.data.body }, rawType: "text" };
    }
    case "interactive": {
      const parsed = wireInteractiveSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      const rawType = `interactive:${parsed.data.type}`;
      const { button_reply: button, list_reply: row } = parsed.data;
      if (parsed.data.type === "button_reply" && button) {
        return {
          message: { ...common, kind: "button", buttonId: button.id, title: button.title },
          rawType,
        };
      }
      if (parsed.data.type === "list_reply" && row) {
        return {
          message: {
            ...common,
            kind: "list",
            rowId: row.id,
            title: row.title,
            description: row.description,
          },
          rawType,
        };
      }
      return unknown(rawType);
    }
    case "button": {
      const parsed = wireButtonSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      const { payload, text } = parsed.data;
      return {
        message: { ...common, kind: "button", buttonId: payload ?? text, title: text },
        rawType: "button",
      };
    }
    case "location": {
      const parsed = wireLocationSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      const { latitude, longitude, name, address } = parsed.data;
      return {
        message: { ...common, kind: "location", latitude, longitude, name, address },
        rawType: "location",
      };
    }
    case "contacts": {
      const parsed = wireContactsSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      const contacts = parsed.data.map((contact) => {
        const n = contact.name;
        const name =
          n?.formatted_name ??
          ([n?.first_name, n?.last_name].filter(Boolean).join(" ") || undefined);
        const phones = (contact.phones ?? []).flatMap((p) => {
          const phone = p.phone ?? p.wa_id;
          return phone ? [phone] : [];
        });
        return { name, phones };
      });
      return { message: { ...common, kind: "contacts", contacts }, rawType: "contacts" };
    }
    case "reaction": {
      const parsed = wireReactionSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      return {
        message: {
          ...common,
          kind: "reaction",
          messageId: parsed.data.message_id,
          // Meta sends no emoji (or an empty one) when the customer removes the reaction.
          emoji: parsed.data.emoji || undefined,
        },
        rawType: "reaction",
      };
    }
    case "order": {
      const parsed = wireOrderSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      const items = parsed.data.product_items.map((item) => ({
        productId: item.product_retailer_id,
        quantity: item.quantity,
        itemPrice: item.item_price,
        currency: item.currency,
      }));
      return {
        message: {
          ...common,
          kind: "order",
          catalogId: parsed.data.catalog_id,
          text: parsed.data.text,
          items,
        },
        rawType: "order",
      };
    }
    default: {
      if (!isMediaKind(base.type)) return unknown(base.type);
      const parsed = wireMediaSchema.safeParse(body);
      if (!parsed.success) return unknown(base.type);
      return {
        message: {
          ...common,
          kind: "media",
          mediaKind: base.type,
          mediaId: parsed.data.id,
          mimeType: parsed.data.mime_type,
          caption: parsed.data.caption,
          filename: parsed.data.filename,
        },
        rawType: base.type,
      };
    }
  }
}
