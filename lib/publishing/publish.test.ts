import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createChannel, deleteChannel } from "@/lib/channels/channels";
import { createChannelSchema } from "@/lib/channels/schemas";
import type { Db } from "@/lib/db";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { flows } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow, type Flow } from "@/lib/flow";
import { createFlow, getFlow, listFlows } from "@/lib/flow-store/flows";
import { buildTemplateFlow, type TemplateId } from "@/lib/templates";
import { getFlowVersion, listLiveFlows } from "./live-flows";
import { publishFlow, rollbackFlow, unpublishFlow } from "./publish";
import { getPublication, getVersion, listVersions } from "./versions";

let phone = 0;
async function setup(db: Db) {
  const { user, workspace } = await seedUserWithWorkspace(db);
  phone += 1;
  const channel = await createChannel(db, {
    workspaceId: workspace.id,
    userId: user.id,
    channel: createChannelSchema.parse({
      name: "Main number",
      phoneNumberId: `77${Date.now()}${phone}`,
      wabaId: "1",
      accessToken: "t",
      appSecret: "s",
    }),
  });
  const fromTemplate = async (name: string, id: TemplateId) =>
    (
      await createFlow(db, {
        workspaceId: workspace.id,
        name,
        userId: user.id,
        document: buildTemplateFlow(id, "en"),
      })
    ).id;
  return { user, workspace, channel, fromTemplate };
}

async function saveDraft(db: Db, flowId: string, document: Flow) {
  await db.update(flows).set({ document }).where(eq(flows.id, flowId));
}

describeEachDatabase("publishing", (get) => {
  it("freezes numbered versions, goes live, rolls back and unpublishes", async () => {
    const { db } = get();
    const { user, workspace, channel, fromTemplate } = await setup(db);
    const flowId = await fromTemplate("Lead capture", "lead-capture");
    const base = { workspaceId: workspace.id, flowId, userId: user.id, locale: "en" as const };

    const v1 = await publishFlow(db, { ...base, channelId: channel.id, note: "First launch" });
    expect(v1).toMatchObject({
      versionNumber: 1,
      channelId: channel.id,
      channelName: "Main number",
    });
    expect((await getFlow(db, workspace.id, flowId)).status).toBe("published");
    expect((await listFlows(db, workspace.id))[0]?.status).toBe("published");

    // Edit the draft: the live version does not change until the next publish.
    const draft = buildTemplateFlow("lead-capture", "en");
    const edited: Flow = {
      ...draft,
      nodes: draft.nodes.map((n) =>
        n.type === "end" && n.id === "not_now" ? { ...n, data: { message: "See you!" } } : n,
      ),
    };
    await saveDraft(db, flowId, edited);
    expect((await listLiveFlows(db, channel.id))[0]?.versionNumber).toBe(1);
    const v2 = await publishFlow(db, { ...base, channelId: channel.id });
    expect(v2.versionNumber).toBe(2);
    expect((await getFlowVersion(db, v1.versionId))?.document).toEqual(draft);
    expect((await getFlowVersion(db, v2.versionId))?.document).toEqual(edited);

    const versions = await listVersions(db, workspace.id, flowId);
    expect(versions.map((v) => [v.number, v.live, v.note, v.createdBy])).toEqual([
      [2, true, null, user.name],
      [1, false, "First launch", user.name],
    ]);
    expect(versions[1]?.changes.initial).toBe(true);
    expect(versions[0]?.changes.edited).toEqual([{ id: "not_now", type: "end" }]);
    expect(versions[0]?.changes.added).toEqual([]);

    const rolled = await rollbackFlow(db, {
      ...base,
      versionId: v1.versionId,
      note: (n) => `Rolled back to version ${n}`,
    });
    expect(rolled.versionNumber).toBe(3);
    const live = await listLiveFlows(db, channel.id);
    expect(live).toMatchObject([{ flowId, versionNumber: 3, document: draft }]);
    expect((await getVersion(db, workspace.id, flowId, rolled.versionId)).note).toBe(
      "Rolled back to version 1",
    );
    expect(await getPublication(db, workspace.id, flowId)).toMatchObject({
      versionNumber: 3,
      channelName: "Main number",
      publishedBy: user.name,
    });

    expect(await unpublishFlow(db, { workspaceId: workspace.id, flowId })).toEqual({
      wasLive: true,
    });
    expect(await unpublishFlow(db, { workspaceId: workspace.id, flowId })).toEqual({
      wasLive: false,
    });
    expect(await listLiveFlows(db, channel.id)).toEqual([]);
    expect((await getFlow(db, workspace.id, flowId)).status).toBe("draft");
    // Versions stay after unpublishing, and the channel can now be deleted.
    expect(await listVersions(db, workspace.id, flowId)).toHaveLength(3);
    await db.transaction((tx) => deleteChannel(tx, workspace.id, channel.id));
  });

  it("refuses a flow with errors, listing the problems in the caller's language", async () => {
    const { db } = get();
    const { user, workspace, channel } = await setup(db);
    const { id: flowId } = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Empty",
      userId: user.id,
      document: createEmptyFlow(),
    });
    const attempt = publishFlow(db, {
      workspaceId: workspace.id,
      flowId,
      channelId: channel.id,
      userId: user.id,
      locale: "tr",
    });
    await expect(attempt).rejects.toMatchObject({
      status: 422,
      code: "flow_has_errors",
      params: { count: 1 },
      issues: [{ path: "start.next", message: expect.stringMatching(/\S/) }],
    });
    expect(await listVersions(db, workspace.id, flowId)).toEqual([]);
    expect(await getPublication(db, workspace.id, flowId)).toBeNull();
  });

  it("refuses a second live flow on the same trigger, naming the first", async () => {
    const { db } = get();
    const { user, workspace, channel, fromTemplate } = await setup(db);
    const first = await fromTemplate("Welcome", "lead-capture");
    const second = await fromTemplate("Welcome copy", "lead-capture");
    const faq = await fromTemplate("FAQ", "faq-menu");
    const publish = (flowId: string) =>
      publishFlow(db, {
        workspaceId: workspace.id,
        flowId,
        channelId: channel.id,
        userId: user.id,
        locale: "en",
      });
    await publish(first);
    await expect(publish(second)).rejects.toMatchObject({
      status: 409,
      code: "trigger_conflict",
      params: { flow: "Welcome", trigger: "any message" },
    });
    expect(await listVersions(db, workspace.id, second)).toEqual([]);
    // A different trigger is fine, and republishing the same flow never conflicts with itself.
    await publish(faq);
    await publish(first);
    expect((await listLiveFlows(db, channel.id)).map((l) => l.flowName).sort()).toEqual([
      "FAQ",
      "Welcome",
    ]);
  });

  it("rejects a stale draft revision and stays inside the workspace", async () => {
    const { db } = get();
    const mine = await setup(db);
    const theirs = await setup(db);
    const flowId = await mine.fromTemplate("Lead", "lead-capture");
    await expect(
      publishFlow(db, {
        workspaceId: mine.workspace.id,
        flowId,
        channelId: mine.channel.id,
        userId: null,
        revision: 7,
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 409, code: "stale_draft" });
    // Their channel, my flow: not found, as is my flow from their workspace.
    await expect(
      publishFlow(db, {
        workspaceId: mine.workspace.id,
        flowId,
        channelId: theirs.channel.id,
        userId: null,
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 404, params: { what: "channel" } });
    await expect(
      publishFlow(db, {
        workspaceId: theirs.workspace.id,
        flowId,
        channelId: theirs.channel.id,
        userId: null,
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 404, params: { what: "flow" } });
    const v1 = await publishFlow(db, {
      workspaceId: mine.workspace.id,
      flowId,
      channelId: mine.channel.id,
      userId: null,
      revision: 1,
      locale: "en",
    });
    await expect(listVersions(db, theirs.workspace.id, flowId)).rejects.toMatchObject({
      status: 404,
    });
    await expect(getVersion(db, theirs.workspace.id, flowId, v1.versionId)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      unpublishFlow(db, { workspaceId: theirs.workspace.id, flowId }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      rollbackFlow(db, {
        workspaceId: mine.workspace.id,
        flowId: await mine.fromTemplate("Other", "faq-menu"),
        versionId: v1.versionId,
        userId: null,
        note: () => null,
        locale: "en",
      }),
    ).rejects.toMatchObject({ status: 404, params: { what: "flowVersion" } });
  });

  it("serializes concurrent publishes so only one flow wins a trigger", async () => {
    const { db } = get();
    const { workspace, channel, fromTemplate } = await setup(db);
    const a = await fromTemplate("A", "lead-capture");
    const b = await fromTemplate("B", "lead-capture");
    const results = await Promise.allSettled(
      [a, b].map((flowId) =>
        publishFlow(db, {
          workspaceId: workspace.id,
          flowId,
          channelId: channel.id,
          userId: null,
          locale: "en",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listLiveFlows(db, channel.id)).toHaveLength(1);
  });
});
