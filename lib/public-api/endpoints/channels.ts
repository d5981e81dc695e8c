import { z } from "zod";
import { channelJsonSchema, toChannelJson } from "@/lib/channels/api-schemas";
import { createChannel, deleteChannel, listChannels } from "@/lib/channels/channels";
import {
  accessTokenSchema,
  appSecretSchema,
  channelNameSchema,
  displayPhoneNumberSchema,
  graphApiVersionSchema,
  phoneNumberIdSchema,
  unmatchedReplySchema,
  verifyTokenSchema,
  wabaIdSchema,
} from "@/lib/channels/schemas";
import { defineEndpoint, NO_BODY, NO_PARAMS, NO_QUERY, type NamedSchema } from "../endpoint";
import { errorBody, uuidParam } from "../schemas";

const named = <S extends z.ZodType>(name: string, schema: S): NamedSchema<S> => ({ name, schema });
const channelBody = named("Channel", channelJsonSchema);

export const listChannelsEndpoint = defineEndpoint({
  operationId: "listChannels",
  method: "GET",
  path: "/api/v1/channels",
  summary: "List channels",
  description:
    "The workspace's connected WhatsApp numbers with their health. Secrets are never returned: `accessTokenSet` and `appSecretSet` only say they are stored.",
  tag: "Channels",
  scope: "read",
  params: NO_PARAMS,
  query: NO_QUERY,
  body: NO_BODY,
  responses: [
    {
      status: 200,
      description: "The channels.",
      body: named("ChannelList", z.object({ channels: z.array(channelJsonSchema) })),
    },
  ],
  async handle({ db, caller }) {
    const channels = await listChannels(db, caller.workspace.id);
    return {
      status: 200,
      body: { channels: channels.map((c) => toChannelJson(c, { showVerifyToken: true })) },
    };
  },
});

export const createChannelEndpoint = defineEndpoint({
  operationId: "createChannel",
  method: "POST",
  path: "/api/v1/channels",
  summary: "Connect a WhatsApp number",
  description:
    "Stores a WhatsApp Cloud API number with its access token and app secret (encrypted at rest). Point Meta's webhook at `webhookPath` on this server with the returned `verifyToken`.",
  tag: "Channels",
  scope: "write",
  params: NO_PARAMS,
  query: NO_QUERY,
  body: named(
    "CreateChannel",
    z.object({
      name: channelNameSchema,
      phoneNumberId: phoneNumberIdSchema,
      wabaId: wabaIdSchema,
      displayPhoneNumber: displayPhoneNumberSchema.optional(),
      accessToken: accessTokenSchema,
      appSecret: appSecretSchema,
      verifyToken: verifyTokenSchema.optional().meta({ description: "Generated when omitted." }),
      graphApiVersion: graphApiVersionSchema.optional(),
      unmatchedReply: unmatchedReplySchema.nullable().optional().meta({
        description: "Sent when a message starts no live flow; omit or null to stay silent.",
      }),
    }),
  ),
  responses: [
    { status: 201, description: "Connected.", body: channelBody },
    { status: 409, description: "This phone number id is already connected.", body: errorBody },
    { status: 422, description: "A field is invalid; `issues` names it.", body: errorBody },
  ],
  async handle({ db, caller, body }) {
    const channel = await createChannel(db, {
      workspaceId: caller.workspace.id,
      userId: null,
      channel: body,
    });
    return { status: 201, body: toChannelJson(channel, { showVerifyToken: true }) };
  },
});

export const deleteChannelEndpoint = defineEndpoint({
  operationId: "deleteChannel",
  method: "DELETE",
  path: "/api/v1/channels/{channelId}",
  summary: "Delete a channel",
  description: "Refused (409, naming them) while flows are live on it: unpublish them first.",
  tag: "Channels",
  scope: "write",
  params: z.object({ channelId: uuidParam }),
  query: NO_QUERY,
  body: NO_BODY,
  responses: [
    { status: 204, description: "Deleted." },
    { status: 404, description: "No such channel in this workspace.", body: errorBody },
    { status: 409, description: "Flows are live on this channel.", body: errorBody },
  ],
  async handle({ db, caller, params }) {
    await db.transaction((tx) => deleteChannel(tx, caller.workspace.id, params.channelId));
    return { status: 204 };
  },
});
