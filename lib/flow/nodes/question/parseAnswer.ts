import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from "libphonenumber-js";
import { parseDateAnswer } from "../../date/parseDateAnswer";
import { toNumber } from "../../expr/arithmetic";
import type { InboundMessage } from "../../io";
import type { JsonValue } from "../../json";
import { normalizeText } from "../../text/normalizeText";
import { locationValue } from "../shared/locationValue";
import type { Answer } from "./questionSchema";

/** Yes/no words in English, Turkish and Dutch, folded with normalizeText. */
const YES = new Set([
  "yes",
  "y",
  "yeah",
  "yep",
  "yup",
  "sure",
  "ok",
  "okay",
  "evet",
  "e",
  "evt",
  "tabii",
  "tabi",
  "tamam",
  "olur",
  "ja",
  "jawel",
]);
const NO = new Set(["no", "n", "nope", "nah", "hayir", "yok", "istemiyorum", "nee"]);

export const YES_ID = "yes";
export const NO_ID = "no";

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

function textOf(message: InboundMessage): string | undefined {
  if (message.kind === "text") return message.text.trim();
  if (message.kind === "button" || message.kind === "list") return message.title.trim();
  return undefined;
}

/** What "any" stores for a message that is not text: enough for a condition or an agent to use. */
function anyValue(message: InboundMessage): JsonValue {
  switch (message.kind) {
    case "text":
      return message.text;
    case "button":
    case "list":
      return message.title;
    case "location":
      return locationValue(message);
    case "media":
      return mediaValue(message);
    case "order":
      return { catalogId: message.catalogId ?? null, items: message.items.map((i) => ({ ...i })) };
    case "contacts":
      return message.contacts.map((c) => ({ name: c.name ?? null, phones: c.phones }));
    case "reaction":
      return message.emoji ?? "";
    case "unknown":
      return message.rawType;
  }
}

function mediaValue(message: Extract<InboundMessage, { kind: "media" }>): JsonValue {
  return {
    kind: message.mediaKind,
    mediaId: message.mediaId,
    ...(message.mimeType === undefined ? {} : { mimeType: message.mimeType }),
    ...(message.caption === undefined ? {} : { caption: message.caption }),
    ...(message.filename === undefined ? {} : { filename: message.filename }),
  };
}

export function isCountry(code: string): code is CountryCode {
  return isSupportedCountry(code);
}

/** The value to store, or undefined when the message does not answer the question. */
export function parseAnswer(
  answer: Answer,
  message: InboundMessage,
  now: number,
  timeZone: string,
): JsonValue | undefined {
  const text = textOf(message);
  switch (answer.type) {
    case "any":
      return anyValue(message);
    case "text": {
      if (text === undefined || text === "") return undefined;
      if (answer.minLength !== undefined && text.length < answer.minLength) return undefined;
      if (answer.maxLength !== undefined && text.length > answer.maxLength) return undefined;
      return text;
    }
    case "number": {
      const n = toNumber(text?.replace(/\s+/g, ""));
      if (n === undefined) return undefined;
      if (answer.integer && !Number.isInteger(n)) return undefined;
      if (answer.min !== undefined && n < answer.min) return undefined;
      if (answer.max !== undefined && n > answer.max) return undefined;
      return n;
    }
    case "email":
      return text !== undefined && EMAIL.test(text) ? text : undefined;
    case "phone": {
      const candidate = message.kind === "contacts" ? message.contacts[0]?.phones[0] : text;
      if (candidate === undefined) return undefined;
      const country = answer.defaultCountry.toUpperCase();
      const phone = parsePhoneNumberFromString(candidate, isCountry(country) ? country : undefined);
      return phone?.isValid() === true ? phone.number : undefined;
    }
    case "date":
      return text === undefined ? undefined : parseDateAnswer(text, answer.order, now, timeZone);
    case "yes_no": {
      if (
        message.kind === "button" &&
        (message.buttonId === YES_ID || message.buttonId === NO_ID)
      ) {
        return message.buttonId === YES_ID;
      }
      const word = normalizeText(text ?? "");
      if (YES.has(word)) return true;
      if (NO.has(word)) return false;
      return undefined;
    }
    case "location":
      return message.kind === "location" ? locationValue(message) : undefined;
    case "media":
      return message.kind === "media" && answer.kinds.some((k) => k === message.mediaKind)
        ? mediaValue(message)
        : undefined;
  }
}
