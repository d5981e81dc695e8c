import type { OutboundMessage } from "@/lib/flow";
import { toPlainText } from "@/lib/whatsapp-format";

/** A one-line stand-in for a business message, for the quote above a customer's reply. */
export function messageSnippet(message: OutboundMessage): string {
  return toPlainText(rawSnippet(message));
}

function rawSnippet(message: OutboundMessage): string {
  switch (message.type) {
    case "text":
      return message.text;
    case "media":
      return message.caption ?? message.filename ?? message.mediaKind;
    case "buttons":
    case "list":
    case "cta_url":
    case "location_request":
      return message.body;
    case "template":
      return message.preview ?? message.name;
  }
}
