import { z } from "zod";
import { listConversationMessages, listConversations } from "@/lib/conversations/conversations";
import { jsonValueSchema } from "@/lib/flow";
import { startFlowForContact } from "@/lib/runtime";
import { defineEndpoint, NO_BODY, NO_PARAMS, NO_QUERY, type NamedSchema } from "../endpoint";
import { errorBody, uuidParam } from "../schemas";

const named = <S extends z.ZodType>(name: string, schema: S): NamedSchema<S> => ({ name, schema });
const iso = (date: Date | null) => date?.toISOString() ?? null;

const conversationJson = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  contact: z.object({
    key: z.string(),
    waId: z.string().nullable(),
    name: z.string().nullable(),
    profileName: z.string().nullable(),
  }),
  status: z.string().meta({ description: "`idle`, `active`, `handoff` or `ended`." }),
  flowId: z.uuid().nullable(),
  flowName: z.string().nullable(),
  versionNumber: z.number().int().nullable(),
  lastInboundAt: z.iso.datetime().nullable(),
  windowExpiresAt: z.iso.datetime().nullable().meta({
    description: "Until then free-form messages may be sent; afterwards only templates.",
  }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const messageJson = z.object({
  id: z.uuid(),
  direction: z.enum(["inbound", "outbound"]),
  type: z.string(),
  content: z.unknown().meta({ description: "The message in Sohbet's channel-neutral shape." }),
  status: z.string(),
  wamid: z.string().nullable(),
  error: z.object({ code: z.number().nullable(), message: z.string().nullable() }).nullable(),
  at: z.iso.datetime(),
});

export const startFlowEndpoint = defineEndpoint({
  operationId: "startFlow",
  method: "POST",
  path: "/api/v1/flows/{flowId}/start",
  summary: "Start a flow for a contact",
  description:
    "Runs the live flow's API-triggered start for one phone number with the given variables: abandoned carts, cargo updates. Outside the customer's 24-hour window only templates go out, so such a flow should open with a template step.",
  tag: "Conversations",
  scope: "write",
  params: z.object({ flowId: uuidParam }),
  query: NO_QUERY,
  body: named(
    "StartFlow",
    z.object({
      phone: z.string().min(1).max(40).meta({
        description: "International format, e.g. `+90 532 123 45 67`.",
      }),
      variables: z.record(z.string(), jsonValueSchema).default({}),
      channelId: z.uuid().optional().meta({
        description: "Optional: must be the channel the flow is live on.",
      }),
    }),
  ),
  responses: [
    {
      status: 202,
      description: "Started; its messages are queued for sending.",
      body: named(
        "FlowStarted",
        z.object({
          conversationId: z.uuid(),
          channelId: z.uuid(),
          sessionId: z.string().nullable(),
          queued: z.number().int(),
        }),
      ),
    },
    { status: 400, description: "The phone number is not valid.", body: errorBody },
    { status: 404, description: "No such flow in this workspace.", body: errorBody },
    {
      status: 409,
      description: "The flow is not live, or has no API-triggered start.",
      body: errorBody,
    },
  ],
  async handle({ db, caller, params, body }) {
    const result = await startFlowForContact(db, {
      workspaceId: caller.workspace.id,
      flowId: params.flowId,
      channelId: body.channelId,
      phone: body.phone,
      variables: body.variables,
    });
    return { status: 202, body: result };
  },
});

export const listConversationsEndpoint = defineEndpoint({
  operationId: "listConversations",
  method: "GET",
  path: "/api/v1/conversations",
  summary: "List conversations",
  description:
    "Conversations of the workspace, most recently active first. Page with `before` = the last `updatedAt` you received.",
  tag: "Conversations",
  scope: "read",
  params: NO_PARAMS,
  query: z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: z.iso.datetime().optional(),
    channelId: z.uuid().optional(),
    status: z.enum(["idle", "active", "handoff", "ended"]).optional(),
  }),
  body: NO_BODY,
  responses: [
    {
      status: 200,
      description: "The conversations.",
      body: named("ConversationList", z.object({ conversations: z.array(conversationJson) })),
    },
    { status: 400, description: "A query parameter is invalid.", body: errorBody },
  ],
  async handle({ db, caller, query }) {
    const rows = await listConversations(db, caller.workspace.id, {
      limit: query.limit,
      before: query.before ? new Date(query.before) : undefined,
      channelId: query.channelId,
      status: query.status,
    });
    return {
      status: 200,
      body: {
        conversations: rows.map((c) => ({
          ...c,
          lastInboundAt: iso(c.lastInboundAt),
          windowExpiresAt: iso(c.windowExpiresAt),
          createdAt: c.createdAt.toISOString(),
          updatedAt: c.updatedAt.toISOString(),
        })),
      },
    };
  },
});

export const listMessagesEndpoint = defineEndpoint({
  operationId: "listConversationMessages",
  method: "GET",
  path: "/api/v1/conversations/{conversationId}/messages",
  summary: "List a conversation's messages",
  description: "Messages both ways, oldest first (the newest `limit`).",
  tag: "Conversations",
  scope: "read",
  params: z.object({ conversationId: uuidParam }),
  query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
  body: NO_BODY,
  responses: [
    {
      status: 200,
      description: "The messages.",
      body: named("MessageList", z.object({ messages: z.array(messageJson) })),
    },
    { status: 404, description: "No such conversation in this workspace.", body: errorBody },
  ],
  async handle({ db, caller, params, query }) {
    const messages = await listConversationMessages(
      db,
      caller.workspace.id,
      params.conversationId,
      { limit: query.limit },
    );
    return {
      status: 200,
      body: { messages: messages.map((m) => ({ ...m, at: m.at.toISOString() })) },
    };
  },
});
