/**
 * Test harness for the runtime: a workspace with a real channel (lib/channels), flows published
 * on it (flow_versions + publications), the Graph API emulator, and a runtime pointed at it.
 * Never imported by the app.
 */
import { randomBytes } from "node:crypto";
import { createChannel } from "@/lib/channels/channels";
import { createChannelSchema } from "@/lib/channels/schemas";
import type { Database, Executor } from "@/lib/db";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { flowVersions, publications } from "@/lib/db/schema";
import type { Flow } from "@/lib/flow";
import { createFlow } from "@/lib/flow-store/flows";
import { startEmulator, type EmulatorHandle } from "@/lib/whatsapp/emulator";
import type { RuntimeConfig } from "./config";
import { createRuntime, type RunningRuntime } from "./create-runtime";
import { defaultSources } from "./default-sources";
import { forgetLiveFlows } from "./drain/flow-cache";

export interface Shop {
  workspaceId: string;
  userId: string;
  channelId: string;
  phoneNumberId: string;
  appSecret: string;
  accessToken: string;
}

export async function seedShop(
  db: Executor,
  options: { unmatchedReply?: string } = {},
): Promise<Shop> {
  const { user, workspace } = await seedUserWithWorkspace(db, "shop");
  const phoneNumberId = `1${randomBytes(6).readUIntBE(0, 6)}`.slice(0, 15);
  const appSecret = `secret-${randomBytes(8).toString("hex")}`;
  const accessToken = `token-${randomBytes(8).toString("hex")}`;
  const channel = await createChannel(db, {
    workspaceId: workspace.id,
    userId: user.id,
    channel: createChannelSchema.parse({
      name: "Main number",
      phoneNumberId,
      wabaId: "100000000000001",
      accessToken,
      appSecret,
      ...(options.unmatchedReply ? { unmatchedReply: options.unmatchedReply } : {}),
    }),
  });
  return {
    workspaceId: workspace.id,
    userId: user.id,
    channelId: channel.id,
    phoneNumberId,
    appSecret,
    accessToken,
  };
}

/** Freezes `flow` as a new version and makes it the live one on the shop's channel. */
export async function publish(
  db: Executor,
  shop: Shop,
  flow: Flow,
  name = "Flow",
  existingFlowId?: string,
): Promise<{ flowId: string; versionId: string }> {
  const flowId =
    existingFlowId ??
    (await createFlow(db, { workspaceId: shop.workspaceId, name, userId: shop.userId })).id;
  const existing = await db.select().from(flowVersions);
  const number = existing.filter((v) => v.flowId === flowId).length + 1;
  const [version] = await db
    .insert(flowVersions)
    .values({ workspaceId: shop.workspaceId, flowId, number, document: flow })
    .returning();
  if (!version) throw new Error("publish failed");
  await db
    .insert(publications)
    .values({
      workspaceId: shop.workspaceId,
      flowId,
      channelId: shop.channelId,
      flowVersionId: version.id,
    })
    .onConflictDoUpdate({
      target: [publications.flowId],
      set: { flowVersionId: version.id },
    });
  forgetLiveFlows(shop.channelId);
  return { flowId, versionId: version.id };
}

export interface Harness {
  rt: RunningRuntime;
  emulator: EmulatorHandle;
  stop(): Promise<void>;
}

export async function startHarness(
  database: Database,
  shops: Shop[],
  config: Partial<RuntimeConfig> = {},
  workers = true,
): Promise<Harness> {
  const emulator = await startEmulator({
    numbers: shops.map((s) => ({ phoneNumberId: s.phoneNumberId, accessToken: s.accessToken })),
  });
  const rt = await createRuntime({
    database,
    sources: defaultSources,
    workers,
    config: {
      graphApiUrl: emulator.url,
      reorderWindowMs: 100,
      // The runtime's own tests call servers on 127.0.0.1; the workspace rule has its own test.
      privateHttp: "always",
      sweepIntervalMs: 60_000,
      ...config,
    },
  });
  return {
    rt,
    emulator,
    async stop() {
      await rt.stop();
      await emulator.close();
    },
  };
}
