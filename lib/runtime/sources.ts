/**
 * What the runtime needs from channels (lib/channels), publishing (lib/publishing) and workspace
 * settings (lib/workspace), as an
 * interface: the runtime owns the path of a message, those modules own their tables. The app
 * wires the real modules in `default-sources.ts`; the runtime's own tests may pass fixed ones.
 */
import type { Executor } from "@/lib/db";

/** A connected WhatsApp number, secrets decrypted (server side only). */
export interface RuntimeChannel {
  id: string;
  workspaceId: string;
  phoneNumberId: string;
  verifyToken: string;
  appSecret: string;
  /** Said when a message matches no live flow; null = stay silent. */
  unmatchedReply: string | null;
}

export interface SendCredentials {
  phoneNumberId: string;
  accessToken: string;
  graphApiVersion: string;
  /** The channel is marked unhealthy; the sender marks it ok again after a good send. */
  unhealthy: boolean;
}

export interface SendErrorReport {
  code: number | null;
  message: string;
  /** The channel cannot send at all (token, permissions, account) until someone fixes it. */
  unhealthy: boolean;
}

export interface ChannelSource {
  /** By id, unscoped: the webhook URL carries only the channel id. */
  forWebhook(db: Executor, channelId: string): Promise<RuntimeChannel | null>;
  /** Channels on this business number (one per workspace that connected it). */
  byPhoneNumberId(db: Executor, phoneNumberId: string): Promise<RuntimeChannel[]>;
  sendCredentials(db: Executor, channelId: string): Promise<SendCredentials | null>;
  webhookReceived(db: Executor, channelId: string, at: Date): Promise<void>;
  sendError(db: Executor, channelId: string, report: SendErrorReport): Promise<void>;
  /** A send succeeded on a channel marked unhealthy: mark it ok (only if it still is unhealthy). */
  sendRecovered(db: Executor, channelId: string): Promise<void>;
}

/** A flow version that is live on a channel. `document` is stored JSON (parsed by the runtime). */
export interface LiveFlow {
  flowId: string;
  flowName: string;
  versionId: string;
  versionNumber: number;
  document: unknown;
}

export interface FlowSource {
  liveFlows(db: Executor, channelId: string): Promise<LiveFlow[]>;
  /** An immutable published version, by id, whether or not it is still live. */
  version(db: Executor, versionId: string): Promise<{ flowId: string; document: unknown } | null>;
}

export interface WorkspaceSettingsSource {
  /** The workspace's own setting; the operator's mode decides whether it counts. */
  allowsPrivateHttp(db: Executor, workspaceId: string): Promise<boolean>;
}

export interface RuntimeSources {
  channels: ChannelSource;
  flows: FlowSource;
  workspaces: WorkspaceSettingsSource;
}
