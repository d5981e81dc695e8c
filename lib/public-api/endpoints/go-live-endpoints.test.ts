import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { contacts, conversations, inboundMessages, outboundMessages } from "@/lib/db/schema";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow } from "@/lib/flow";
import { createFlow } from "@/lib/flow-store/flows";
import { buildTemplateFlow } from "@/lib/templates";
import { createApiKey, revokeApiKey } from "../api-keys";
import { apiRoute } from "../api-route";
import { createChannelEndpoint, deleteChannelEndpoint, listChannelsEndpoint } from "./channels";
import { listConversationsEndpoint, listMessagesEndpoint } from "./conversations";
import {
  listVersionsEndpoint,
  publishFlowEndpoint,
  unpublishFlowEndpoint,
  updateFlowEndpoint,
} from "./publishing";

let counter = 0;
const uniquePhone = () => `4455${Date.now() % 1e8}${(counter += 1)}`;

describeEachDatabase("public API v1: channels, publishing, conversations", (get) => {
  const db = async () => get().db;
  const routes = {
    listChannels: apiRoute(listChannelsEndpoint, { db }),
    createChannel: apiRoute(createChannelEndpoint, { db }),
    deleteChannel: apiRoute(deleteChannelEndpoint, { db }),
    updateFlow: apiRoute(updateFlowEndpoint, { db }),
    publish: apiRoute(publishFlowEndpoint, { db }),
    unpublish: apiRoute(unpublishFlowEndpoint, { db }),
    versions: apiRoute(listVersionsEndpoint, { db }),
    conversations: apiRoute(listConversationsEndpoint, { db }),
    messages: apiRoute(listMessagesEndpoint, { db }),
  };
  const params = (values: Record<string, string> = {}) => ({ params: Promise.resolve(values) });

  function call(key: string, method = "GET", body?: unknown, url = "http://test/api/v1/x") {
    return new Request(url, {
      method,
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function shop(scope: "read" | "write" = "write") {
    const { user, workspace } = await seedUserWithWorkspace(get().db);
    const { key, apiKey } = await createApiKey(get().db, {
      workspaceId: workspace.id,
      name: "Shop",
      scope,
      createdBy: user.id,
    });
    return { user, workspace, key, apiKey };
  }

  async function connect(key: string) {
    const phoneNumberId = uniquePhone();
    const res = await routes.createChannel(
      call(key, "POST", {
        name: "Main",
        phoneNumberId,
        wabaId: "1020",
        accessToken: "EAAG-token",
        appSecret: "secret",
      }),
      params(),
    );
    expect(res.status).toBe(201);
    return { ...(await res.json()), phoneNumberId };
  }

  it("connects, lists and deletes channels without ever returning a secret", async () => {
    const { key } = await shop();
    const channel = await connect(key);
    expect(channel).toMatchObject({
      name: "Main",
      accessTokenSet: true,
      appSecretSet: true,
      webhookPath: `/api/webhooks/whatsapp/${channel.id}`,
    });
    expect(channel.verifyToken).toEqual(expect.any(String));
    const list = await (await routes.listChannels(call(key), params())).json();
    expect(list.channels).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain("EAAG-token");

    const again = await routes.createChannel(
      call(key, "POST", {
        name: "Dup",
        phoneNumberId: channel.phoneNumberId,
        wabaId: "1",
        accessToken: "t",
        appSecret: "s",
      }),
      params(),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe(
      "This phone number ID is already connected to a channel.",
    );

    const bad = await routes.createChannel(
      call(key, "POST", { name: "", phoneNumberId: "+90 555", accessToken: "t" }),
      params(),
    );
    expect(bad.status).toBe(422);
    const issues = (await bad.json()).error.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: "phoneNumberId",
          message: "A phone number ID is digits only (it is not the phone number itself).",
        },
        { path: "wabaId", message: expect.stringMatching(/\S/) },
        { path: "appSecret", message: expect.stringMatching(/\S/) },
      ]),
    );

    const deleted = await routes.deleteChannel(
      call(key, "DELETE"),
      params({ channelId: channel.id }),
    );
    expect(deleted.status).toBe(204);
    expect((await (await routes.listChannels(call(key), params())).json()).channels).toEqual([]);
  });

  it("updates, publishes, lists versions, refuses conflicts and unpublishes", async () => {
    const { workspace, key } = await shop();
    const channel = await connect(key);
    const { id: flowId } = await createFlow(get().db, {
      workspaceId: workspace.id,
      name: "Draft",
      userId: null,
      document: createEmptyFlow(),
    });

    // An empty flow cannot go live: 422 with each problem in English.
    const refused = await routes.publish(
      call(key, "POST", { channelId: channel.id }),
      params({ flowId }),
    );
    expect(refused.status).toBe(422);
    const refusal = (await refused.json()).error;
    expect(refusal).toMatchObject({
      code: "flow_has_errors",
      message: "Fix 1 problem before publishing.",
      issues: [{ path: "start.next", message: expect.stringMatching(/not connected/i) }],
    });

    // Replace the draft (stale revision refused), then publish.
    const lead = buildTemplateFlow("lead-capture", "en");
    const stale = await routes.updateFlow(
      call(key, "PATCH", { document: lead, revision: 99 }),
      params({ flowId }),
    );
    expect(stale.status).toBe(409);
    const updated = await routes.updateFlow(
      call(key, "PATCH", { name: "Lead capture", document: lead, revision: 1 }),
      params({ flowId }),
    );
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ name: "Lead capture", revision: 2 });
    const invalid = await routes.updateFlow(
      call(key, "PATCH", { document: { version: 1, nodes: [{ id: "x" }] } }),
      params({ flowId }),
    );
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).error.issues[0].path).toMatch(/^document\.nodes\.0/);

    const published = await routes.publish(
      call(key, "POST", { channelId: channel.id, note: "via API" }),
      params({ flowId }),
    );
    expect(published.status).toBe(201);
    expect(await published.json()).toMatchObject({ versionNumber: 1, channelName: "Main" });

    // A second flow claiming "any message" on the same number is refused, naming the first.
    const { id: other } = await createFlow(get().db, {
      workspaceId: workspace.id,
      name: "Copy",
      userId: null,
      document: lead,
    });
    const clash = await routes.publish(
      call(key, "POST", { channelId: channel.id }),
      params({ flowId: other }),
    );
    expect(clash.status).toBe(409);
    expect((await clash.json()).error.message).toContain(
      '"Lead capture" is already live on this number and starts on any message.',
    );

    // The channel cannot go while the flow is live.
    const blocked = await routes.deleteChannel(
      call(key, "DELETE"),
      params({ channelId: channel.id }),
    );
    expect(blocked.status).toBe(409);
    expect((await blocked.json()).error.message).toContain('"Lead capture"');

    const versions = await (await routes.versions(call(key), params({ flowId }))).json();
    expect(versions.versions).toMatchObject([{ number: 1, note: "via API", live: true }]);
    expect(versions.publication).toMatchObject({ versionNumber: 1, publishedBy: null });

    const off = await routes.unpublish(call(key, "DELETE"), params({ flowId }));
    expect(await off.json()).toEqual({ wasLive: true });
    expect(
      (await routes.deleteChannel(call(key, "DELETE"), params({ channelId: channel.id }))).status,
    ).toBe(204);
  });

  it("keeps workspaces apart (404), refuses revoked (401) and read-only (403) keys", async () => {
    const mine = await shop();
    const theirs = await shop();
    const channel = await connect(theirs.key);
    const { id: flowId } = await createFlow(get().db, {
      workspaceId: theirs.workspace.id,
      name: "Theirs",
      userId: null,
    });
    expect((await routes.versions(call(mine.key), params({ flowId }))).status).toBe(404);
    expect(
      (await routes.updateFlow(call(mine.key, "PATCH", { name: "Mine" }), params({ flowId })))
        .status,
    ).toBe(404);
    expect(
      (await routes.deleteChannel(call(mine.key, "DELETE"), params({ channelId: channel.id })))
        .status,
    ).toBe(404);
    const myFlow = await createFlow(get().db, {
      workspaceId: mine.workspace.id,
      name: "Mine",
      userId: null,
      document: buildTemplateFlow("faq-menu", "en"),
    });
    const foreignChannel = await routes.publish(
      call(mine.key, "POST", { channelId: channel.id }),
      params({ flowId: myFlow.id }),
    );
    expect(foreignChannel.status).toBe(404);
    expect((await foreignChannel.json()).error.message).toBe("Channel not found.");

    const reader = await shop("read");
    expect((await routes.listChannels(call(reader.key), params())).status).toBe(200);
    expect((await routes.createChannel(call(reader.key, "POST", {}), params())).status).toBe(403);
    await revokeApiKey(get().db, mine.workspace.id, mine.apiKey.id);
    expect((await routes.listChannels(call(mine.key), params())).status).toBe(401);
  });

  it("lists conversations and their messages both ways, oldest first", async () => {
    const { workspace, key } = await shop();
    const channel = await connect(key);
    const d = get().db;
    const [contact] = await d
      .insert(contacts)
      .values({
        workspaceId: workspace.id,
        key: "905321234567",
        waId: "905321234567",
        profileName: "Ayşe",
      })
      .returning();
    if (!contact) throw new Error("seed failed");
    const [conversation] = await d
      .insert(conversations)
      .values({
        workspaceId: workspace.id,
        channelId: channel.id,
        contactId: contact.id,
        contactKey: contact.key,
        status: "active",
      })
      .returning();
    if (!conversation) throw new Error("seed failed");
    await d.insert(inboundMessages).values({
      workspaceId: workspace.id,
      channelId: channel.id,
      contactKey: contact.key,
      contact: { waId: contact.key },
      wamid: "wamid.in1",
      kind: "message",
      type: "text",
      payload: { kind: "text", text: "Hi" },
      sentAt: new Date("2026-05-01T10:00:00Z"),
      status: "processed",
    });
    await d.insert(outboundMessages).values({
      workspaceId: workspace.id,
      channelId: channel.id,
      conversationId: conversation.id,
      idempotencyKey: `${conversation.id}:1:0`,
      recipient: contact.key,
      message: { kind: "text", text: "Welcome!" },
      status: "accepted",
      wamid: "wamid.out1",
      createdAt: new Date("2026-05-01T10:00:01Z"),
    });

    const list = await (await routes.conversations(call(key), params())).json();
    expect(list.conversations).toMatchObject([
      {
        id: conversation.id,
        status: "active",
        contact: { key: "905321234567", profileName: "Ayşe" },
      },
    ]);
    const filtered = await routes.conversations(
      call(key, "GET", undefined, "http://test/api/v1/conversations?status=ended"),
      params(),
    );
    expect((await filtered.json()).conversations).toEqual([]);
    const badQuery = await routes.conversations(
      call(key, "GET", undefined, "http://test/api/v1/conversations?limit=0"),
      params(),
    );
    expect(badQuery.status).toBe(400);

    const messages = await (
      await routes.messages(call(key), params({ conversationId: conversation.id }))
    ).json();
    expect(messages.messages).toMatchObject([
      { direction: "inbound", type: "text", content: { text: "Hi" } },
      { direction: "outbound", type: "text", content: { text: "Welcome!" }, wamid: "wamid.out1" },
    ]);
    const other = await shop();
    expect(
      (await routes.messages(call(other.key), params({ conversationId: conversation.id }))).status,
    ).toBe(404);
  });
});
