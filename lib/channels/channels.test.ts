import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { channels, flowVersions, publications } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { createFlow } from "@/lib/flow-store/flows";
import { createEmptyFlow } from "@/lib/flow";
import { DEFAULT_GRAPH_API_VERSION } from "@/lib/whatsapp";
import {
  channelSendCredentials,
  findChannelsByPhoneNumberId,
  loadChannelForWebhook,
  recordSendError,
  recordSendRecovered,
  recordWebhookReceived,
} from "./channel-runtime";
import { createChannel, deleteChannel, getChannel, listChannels, updateChannel } from "./channels";
import { createChannelSchema, updateChannelSchema } from "./schemas";

let counter = 0;
function channelInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return createChannelSchema.parse({
    name: "Shop number",
    phoneNumberId: `10${Date.now()}${counter}`,
    wabaId: "2000001",
    accessToken: "EAAG-secret-token",
    appSecret: "app-secret-1",
    ...overrides,
  });
}

describeEachDatabase("channels", (get) => {
  it("creates a channel with encrypted secrets and never returns them", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const created = await createChannel(db, {
      workspaceId: workspace.id,
      userId: user.id,
      channel: channelInput({ displayPhoneNumber: "+90 555 000 00 00" }),
    });
    expect(created).toMatchObject({
      name: "Shop number",
      accessTokenSet: true,
      appSecretSet: true,
      health: "ok",
      graphApiVersion: DEFAULT_GRAPH_API_VERSION,
      webhookPath: `/api/webhooks/whatsapp/${created.id}`,
      displayPhoneNumber: "+90 555 000 00 00",
      liveFlows: [],
    });
    expect(created.verifyToken.length).toBeGreaterThanOrEqual(20);
    const serialized = JSON.stringify(await listChannels(db, workspace.id));
    expect(serialized).not.toContain("EAAG-secret-token");
    expect(serialized).not.toContain("app-secret-1");
    const [raw] = await db.select().from(channels).where(eq(channels.id, created.id));
    expect(raw?.accessTokenCiphertext).not.toContain("EAAG");
    expect(raw?.appSecretCiphertext).not.toContain("app-secret-1");

    expect(await channelSendCredentials(db, created.id)).toEqual({
      phoneNumberId: created.phoneNumberId,
      accessToken: "EAAG-secret-token",
      graphApiVersion: DEFAULT_GRAPH_API_VERSION,
      unhealthy: false,
    });
    expect(await loadChannelForWebhook(db, created.id)).toEqual({
      id: created.id,
      workspaceId: workspace.id,
      phoneNumberId: created.phoneNumberId,
      verifyToken: created.verifyToken,
      appSecret: "app-secret-1",
      unmatchedReply: null,
    });
    expect(await findChannelsByPhoneNumberId(db, created.phoneNumberId)).toEqual([
      { id: created.id, workspaceId: workspace.id },
    ]);
    expect(await findChannelsByPhoneNumberId(db, "999")).toEqual([]);
    expect(await loadChannelForWebhook(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("keeps a secret when the update leaves it blank, and replaces it otherwise", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const created = await createChannel(db, {
      workspaceId: workspace.id,
      userId: user.id,
      channel: channelInput({ verifyToken: "my-verify-token" }),
    });
    await recordSendError(db, created.id, { code: 190, message: "expired", unhealthy: true });
    const renamed = await updateChannel(db, {
      workspaceId: workspace.id,
      channelId: created.id,
      changes: updateChannelSchema.parse({
        name: "Renamed",
        accessToken: "  ",
        appSecret: "",
        unmatchedReply: "Type MENU to start.",
      }),
    });
    expect(renamed).toMatchObject({
      name: "Renamed",
      verifyToken: "my-verify-token",
      unmatchedReply: "Type MENU to start.",
      health: "unhealthy",
    });
    expect((await channelSendCredentials(db, created.id))?.accessToken).toBe("EAAG-secret-token");
    expect((await loadChannelForWebhook(db, created.id))?.appSecret).toBe("app-secret-1");

    const fixed = await updateChannel(db, {
      workspaceId: workspace.id,
      channelId: created.id,
      changes: updateChannelSchema.parse({ accessToken: "EAAG-new", unmatchedReply: "" }),
    });
    // A new token clears the failure: the usual fix for an expired one.
    expect(fixed).toMatchObject({ health: "ok", lastSendError: null, unmatchedReply: null });
    expect((await channelSendCredentials(db, created.id))?.accessToken).toBe("EAAG-new");
  });

  it("refuses a phone number id that is already connected, anywhere", async () => {
    const { db } = get();
    const mine = await seedUserWithWorkspace(db, "mine");
    const theirs = await seedUserWithWorkspace(db, "theirs");
    const input = channelInput();
    await createChannel(db, { workspaceId: theirs.workspace.id, userId: null, channel: input });
    await expect(
      createChannel(db, { workspaceId: mine.workspace.id, userId: null, channel: input }),
    ).rejects.toMatchObject({ status: 409, code: "phone_number_taken" });
    const other = await createChannel(db, {
      workspaceId: mine.workspace.id,
      userId: null,
      channel: channelInput(),
    });
    await expect(
      updateChannel(db, {
        workspaceId: mine.workspace.id,
        channelId: other.id,
        changes: { phoneNumberId: input.phoneNumberId },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("never shows, changes or deletes another workspace's channel", async () => {
    const { db } = get();
    const mine = await seedUserWithWorkspace(db, "mine");
    const theirs = await seedUserWithWorkspace(db, "theirs");
    const their = await createChannel(db, {
      workspaceId: theirs.workspace.id,
      userId: theirs.user.id,
      channel: channelInput(),
    });
    expect(await listChannels(db, mine.workspace.id)).toEqual([]);
    await expect(getChannel(db, mine.workspace.id, their.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      updateChannel(db, {
        workspaceId: mine.workspace.id,
        channelId: their.id,
        changes: { name: "x" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(deleteChannel(db, mine.workspace.id, their.id)).rejects.toMatchObject({
      status: 404,
    });
    expect(await getChannel(db, theirs.workspace.id, their.id)).toMatchObject({
      name: "Shop number",
    });
  });

  it("refuses to delete a channel with live flows, naming them", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const channel = await createChannel(db, {
      workspaceId: workspace.id,
      userId: user.id,
      channel: channelInput(),
    });
    const flow = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Welcome",
      userId: user.id,
    });
    const [version] = await db
      .insert(flowVersions)
      .values({
        workspaceId: workspace.id,
        flowId: flow.id,
        number: 1,
        document: createEmptyFlow(),
      })
      .returning();
    await db.insert(publications).values({
      workspaceId: workspace.id,
      flowId: flow.id,
      channelId: channel.id,
      flowVersionId: version?.id ?? "",
    });
    expect((await getChannel(db, workspace.id, channel.id)).liveFlows).toEqual([
      { id: flow.id, name: "Welcome" },
    ]);
    const refusal = deleteChannel(db, workspace.id, channel.id);
    await expect(refusal).rejects.toMatchObject({ status: 409, code: "channel_in_use" });
    await expect(refusal).rejects.toMatchObject({ params: { flows: '"Welcome"' } });

    await db.delete(publications).where(eq(publications.flowId, flow.id));
    await db.transaction((tx) => deleteChannel(tx, workspace.id, channel.id));
    expect(await listChannels(db, workspace.id)).toEqual([]);
  });

  it("records webhook and send health", async () => {
    const { db } = get();
    const { workspace } = await seedUserWithWorkspace(db);
    const channel = await createChannel(db, {
      workspaceId: workspace.id,
      userId: null,
      channel: channelInput(),
    });
    const later = new Date("2026-05-02T10:00:00Z");
    await recordWebhookReceived(db, channel.id, later);
    // An older, late-arriving call never moves it backwards.
    await recordWebhookReceived(db, channel.id, new Date("2026-05-01T10:00:00Z"));
    await recordSendError(db, channel.id, {
      code: 131047,
      message: "Re-engagement message",
      unhealthy: false,
    });
    let seen = await getChannel(db, workspace.id, channel.id);
    expect(seen.lastWebhookAt?.toISOString()).toBe(later.toISOString());
    expect(seen).toMatchObject({ health: "ok", lastSendError: "131047: Re-engagement message" });
    expect(seen.lastSendErrorAt).toBeInstanceOf(Date);

    await recordSendError(db, channel.id, { code: 190, message: "Token expired", unhealthy: true });
    seen = await getChannel(db, workspace.id, channel.id);
    expect(seen).toMatchObject({ health: "unhealthy", lastSendError: "190: Token expired" });
    expect((await channelSendCredentials(db, channel.id))?.unhealthy).toBe(true);

    // A good send after the fix: ok again, the last error kept with its time.
    await recordSendRecovered(db, channel.id);
    seen = await getChannel(db, workspace.id, channel.id);
    expect(seen).toMatchObject({ health: "ok", lastSendError: "190: Token expired" });
    expect((await channelSendCredentials(db, channel.id))?.unhealthy).toBe(false);
  });
});
