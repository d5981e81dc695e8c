/** The runtime's sources, backed by lib/channels, lib/publishing and lib/workspace. */
import {
  channelSendCredentials,
  findChannelsByPhoneNumberId,
  loadChannelForWebhook,
  recordSendError,
  recordSendRecovered,
  recordWebhookReceived,
} from "@/lib/channels/channel-runtime";
import { getFlowVersion, listLiveFlows } from "@/lib/publishing/live-flows";
import { workspaceAllowsPrivateHttp } from "@/lib/workspace/private-http-setting";
import type { RuntimeChannel, RuntimeSources } from "./sources";

export const defaultSources: RuntimeSources = {
  channels: {
    forWebhook: loadChannelForWebhook,
    async byPhoneNumberId(db, phoneNumberId) {
      const found = await findChannelsByPhoneNumberId(db, phoneNumberId);
      const loaded = await Promise.all(found.map((c) => loadChannelForWebhook(db, c.id)));
      return loaded.filter((c): c is RuntimeChannel => c !== null);
    },
    sendCredentials: channelSendCredentials,
    webhookReceived: recordWebhookReceived,
    sendError: (db, channelId, report) => recordSendError(db, channelId, report),
    sendRecovered: recordSendRecovered,
  },
  flows: {
    liveFlows: listLiveFlows,
    async version(db, versionId) {
      const version = await getFlowVersion(db, versionId);
      return version ? { flowId: version.flowId, document: version.document } : null;
    },
  },
  workspaces: { allowsPrivateHttp: workspaceAllowsPrivateHttp },
};
