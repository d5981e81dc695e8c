/**
 * Read-only views of the runtime's conversations for the public API: who talked on which
 * channel, where the conversation stands, and the messages both ways. Workspace-scoped.
 */
import { and, desc, eq, lt } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import {
  contacts,
  conversations,
  flows,
  flowVersions,
  inboundMessages,
  outboundMessages,
} from "@/lib/db/schema";
import { notFound } from "@/lib/errors/app-error";

export interface ConversationSummary {
  id: string;
  channelId: string;
  contact: { key: string; waId: string | null; name: string | null; profileName: string | null };
  status: string;
  flowId: string | null;
  flowName: string | null;
  versionNumber: number | null;
  lastInboundAt: Date | null;
  windowExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ConversationMessage {
  id: string;
  direction: "inbound" | "outbound";
  /** Meta's type for inbound messages; the lib/flow message kind for outbound ones. */
  type: string;
  /** lib/flow InboundMessage or OutboundMessage. */
  content: unknown;
  status: string;
  wamid: string | null;
  error: { code: number | null; message: string | null } | null;
  at: Date;
}

/** Most recently active first; `before` pages on `updatedAt`. */
export async function listConversations(
  db: Executor,
  workspaceId: string,
  options: { limit: number; before?: Date; channelId?: string; status?: string },
): Promise<ConversationSummary[]> {
  const rows = await db
    .select({
      id: conversations.id,
      channelId: conversations.channelId,
      contactKey: contacts.key,
      waId: contacts.waId,
      name: contacts.name,
      profileName: contacts.profileName,
      status: conversations.status,
      flowId: conversations.flowId,
      flowName: flows.name,
      versionNumber: flowVersions.number,
      lastInboundAt: conversations.lastInboundAt,
      windowExpiresAt: conversations.windowExpiresAt,
      createdAt: conversations.createdAt,
      updatedAt: conversations.updatedAt,
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .leftJoin(flows, eq(flows.id, conversations.flowId))
    .leftJoin(flowVersions, eq(flowVersions.id, conversations.flowVersionId))
    .where(
      and(
        eq(conversations.workspaceId, workspaceId),
        options.before ? lt(conversations.updatedAt, options.before) : undefined,
        options.channelId ? eq(conversations.channelId, options.channelId) : undefined,
        options.status ? eq(conversations.status, options.status) : undefined,
      ),
    )
    .orderBy(desc(conversations.updatedAt), desc(conversations.id))
    .limit(options.limit);
  return rows.map(({ contactKey, waId, name, profileName, ...row }) => ({
    ...row,
    contact: { key: contactKey, waId, name, profileName },
  }));
}

/** Both directions in time order: the customer's own timestamps, and when we queued replies. */
export async function listConversationMessages(
  db: Executor,
  workspaceId: string,
  conversationId: string,
  options: { limit: number },
): Promise<ConversationMessage[]> {
  const [conversation] = await db
    .select({ channelId: conversations.channelId, contactKey: conversations.contactKey })
    .from(conversations)
    .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
  if (!conversation) throw notFound("conversation");
  const inbound = await db
    .select()
    .from(inboundMessages)
    .where(
      and(
        eq(inboundMessages.workspaceId, workspaceId),
        eq(inboundMessages.channelId, conversation.channelId),
        eq(inboundMessages.contactKey, conversation.contactKey),
        eq(inboundMessages.kind, "message"),
      ),
    )
    .orderBy(desc(inboundMessages.sentAt))
    .limit(options.limit);
  const outbound = await db
    .select()
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.workspaceId, workspaceId),
        eq(outboundMessages.conversationId, conversationId),
      ),
    )
    .orderBy(desc(outboundMessages.seq))
    .limit(options.limit);
  const messages: ConversationMessage[] = [
    ...inbound.map((m) => ({
      id: m.id,
      direction: "inbound" as const,
      type: m.type,
      content: m.payload,
      status: m.status,
      wamid: m.wamid,
      error: null,
      at: m.sentAt,
    })),
    ...outbound.map((m) => ({
      id: m.id,
      direction: "outbound" as const,
      type: messageKind(m.message),
      content: m.message,
      status: m.status,
      wamid: m.wamid,
      error:
        m.errorCode !== null || m.errorMessage !== null
          ? { code: m.errorCode, message: m.errorMessage }
          : null,
      at: m.createdAt,
    })),
  ];
  // Newest `limit` of the merged timeline, shown oldest first.
  return messages.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(-options.limit);
}

function messageKind(message: unknown): string {
  if (typeof message === "object" && message !== null && "kind" in message) {
    return typeof message.kind === "string" ? message.kind : "message";
  }
  return "message";
}
