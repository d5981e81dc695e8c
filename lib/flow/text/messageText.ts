import type { InboundMessage } from "../io";

/** What a message says, for keywords, typed answers and conditions: typed text or a tapped title. */
export function messageText(message: InboundMessage): string | undefined {
  switch (message.kind) {
    case "text":
      return message.text;
    case "button":
    case "list":
      return message.title;
    default:
      return undefined;
  }
}
