import { expect, it } from "vitest";
import { createChannel } from "@/lib/channels/channels";
import { createChannelSchema } from "@/lib/channels/schemas";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { eq } from "drizzle-orm";
import { flowVersions, publications, workspaces } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow } from "@/lib/flow";
import { createFlow } from "@/lib/flow-store/flows";
import { getFlowVersion, listLiveFlows } from "./live-flows";

describeEachDatabase("live flows", (get) => {
  it("lists the live version of each flow on a channel, and reads any version", async () => {
    const { db } = get();
    const { user, workspace } = await seedUserWithWorkspace(db);
    const channel = await createChannel(db, {
      workspaceId: workspace.id,
      userId: user.id,
      channel: createChannelSchema.parse({
        name: "Main",
        phoneNumberId: `55${Date.now()}`,
        wabaId: "1",
        accessToken: "t",
        appSecret: "s",
      }),
    });
    const flow = await createFlow(db, {
      workspaceId: workspace.id,
      name: "Welcome",
      userId: user.id,
    });
    const document = createEmptyFlow();
    const [v1, v2] = await db
      .insert(flowVersions)
      .values([
        { workspaceId: workspace.id, flowId: flow.id, number: 1, document, createdBy: user.id },
        { workspaceId: workspace.id, flowId: flow.id, number: 2, document, note: "second" },
      ])
      .returning();
    if (!v1 || !v2) throw new Error("seed failed");
    expect(await listLiveFlows(db, channel.id)).toEqual([]);
    await db.insert(publications).values({
      workspaceId: workspace.id,
      flowId: flow.id,
      channelId: channel.id,
      flowVersionId: v2.id,
    });
    expect(await listLiveFlows(db, channel.id)).toEqual([
      { flowId: flow.id, flowName: "Welcome", versionId: v2.id, versionNumber: 2, document },
    ]);
    expect(await getFlowVersion(db, v1.id)).toMatchObject({
      id: v1.id,
      workspaceId: workspace.id,
      flowId: flow.id,
      number: 1,
      document,
      note: null,
      createdBy: user.id,
    });
    expect(await getFlowVersion(db, "00000000-0000-4000-8000-000000000000")).toBeNull();

    // Deleting the whole workspace takes its channels and live publications with it.
    await db.delete(workspaces).where(eq(workspaces.id, workspace.id));
    expect(await listLiveFlows(db, channel.id)).toEqual([]);
    expect(await getFlowVersion(db, v1.id)).toBeNull();
  });
});
