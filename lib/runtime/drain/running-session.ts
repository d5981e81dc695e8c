import { parseSession, type Session } from "@/lib/flow";
import type { ConversationRow } from "./conversation-row";

/** The conversation's session if one is running (stored, readable and not ended). */
export function runningSession(conv: ConversationRow): Session | null {
  if (conv.session === null) return null;
  const parsed = parseSession(conv.session);
  return parsed.ok && parsed.session.status !== "ended" ? parsed.session : null;
}
