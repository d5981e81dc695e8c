import { z } from "zod";
import type { ChannelSummary } from "./channels";

/** JSON shape of a channel for the app's own API and the browser: secrets only as "set". */
export const channelJsonSchema = z.object({
  id: z.string(),
  name: z.string(),
  phoneNumberId: z.string(),
  wabaId: z.string(),
  displayPhoneNumber: z.string().nullable(),
  /** Only owners see it (they paste it into Meta's dashboard). */
  verifyToken: z.string().nullable(),
  graphApiVersion: z.string(),
  unmatchedReply: z.string().nullable(),
  accessTokenSet: z.literal(true),
  appSecretSet: z.literal(true),
  webhookPath: z.string(),
  health: z.enum(["ok", "unhealthy"]),
  lastWebhookAt: z.string().nullable(),
  lastSendError: z.string().nullable(),
  lastSendErrorAt: z.string().nullable(),
  createdAt: z.string(),
  liveFlows: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ChannelJson = z.infer<typeof channelJsonSchema>;

export const channelListJsonSchema = z.object({ channels: z.array(channelJsonSchema) });
export const channelResponseJsonSchema = z.object({ channel: channelJsonSchema });

export const connectionTestJsonSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    displayPhoneNumber: z.string().nullable(),
    verifiedName: z.string().nullable(),
    qualityRating: z.string().nullable(),
  }),
  z.object({
    ok: z.literal(false),
    title: z.string(),
    detail: z.string(),
  }),
]);
export type ConnectionTestJson = z.infer<typeof connectionTestJsonSchema>;

export function toChannelJson(
  channel: ChannelSummary,
  options: { showVerifyToken: boolean },
): ChannelJson {
  return {
    id: channel.id,
    name: channel.name,
    phoneNumberId: channel.phoneNumberId,
    wabaId: channel.wabaId,
    displayPhoneNumber: channel.displayPhoneNumber,
    verifyToken: options.showVerifyToken ? channel.verifyToken : null,
    graphApiVersion: channel.graphApiVersion,
    unmatchedReply: channel.unmatchedReply,
    accessTokenSet: true,
    appSecretSet: true,
    webhookPath: channel.webhookPath,
    health: channel.health,
    lastWebhookAt: channel.lastWebhookAt?.toISOString() ?? null,
    lastSendError: channel.lastSendError,
    lastSendErrorAt: channel.lastSendErrorAt?.toISOString() ?? null,
    createdAt: channel.createdAt.toISOString(),
    liveFlows: channel.liveFlows,
  };
}
