import { expect, it } from "vitest";
import { seedUserWithWorkspace } from "@/lib/db/fixtures";
import { describeEachDatabase } from "@/lib/db/testing";
import { createEmptyFlow } from "@/lib/flow";
import { createApiKey, revokeApiKey } from "./api-keys";
import { apiRoute } from "./api-route";
import { createFlowEndpoint, getFlowEndpoint, listFlowsEndpoint } from "./endpoints/flows";
import { takeRequest } from "./rate-limit";

describeEachDatabase("public API v1", (get) => {
  const db = async () => get().db;
  const listFlows = apiRoute(listFlowsEndpoint, { db });
  const createFlow = apiRoute(createFlowEndpoint, { db });
  const getFlow = apiRoute(getFlowEndpoint, { db });
  const noParams = { params: Promise.resolve({}) };

  function call(key: string | null, init: RequestInit = {}, url = "http://test/api/v1/flows") {
    const headers = new Headers(init.headers);
    if (key) headers.set("authorization", `Bearer ${key}`);
    return new Request(url, { ...init, headers });
  }
  const post = (key: string, body: string) =>
    call(key, { method: "POST", body, headers: { "content-type": "application/json" } });

  async function workspaceWithKey(scope: "read" | "write" = "write") {
    const { user, workspace } = await seedUserWithWorkspace(get().db);
    const { key, apiKey } = await createApiKey(get().db, {
      workspaceId: workspace.id,
      name: "Shop",
      scope,
      createdBy: user.id,
    });
    return { workspace, key, apiKey };
  }

  it("creates, lists and reads flows with a key", async () => {
    const { key } = await workspaceWithKey();
    const document = createEmptyFlow();
    const created = await createFlow(
      post(key, JSON.stringify({ name: "Cargo updates", document })),
      noParams,
    );
    expect(created.status).toBe(201);
    const flow = await created.json();
    expect(flow).toMatchObject({ name: "Cargo updates", status: "draft", revision: 1, document });
    expect(created.headers.get("x-ratelimit-limit")).toBe("120");

    // Next.js passes no params at all to routes without dynamic segments.
    const list = await (await listFlows(call(key))).json();
    expect(list.flows.map((f: { name: string }) => f.name)).toEqual(["Cargo updates"]);
    const one = await getFlow(call(key), { params: Promise.resolve({ flowId: flow.id }) });
    expect((await one.json()).document).toEqual(document);
  });

  it("answers another workspace's flow with 404 and unknown ids with 404", async () => {
    const mine = await workspaceWithKey();
    const theirs = await workspaceWithKey();
    const created = await (
      await createFlow(post(theirs.key, '{"name":"Theirs"}'), noParams)
    ).json();
    const res = await getFlow(call(mine.key), { params: Promise.resolve({ flowId: created.id }) });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect(
      (await getFlow(call(mine.key), { params: Promise.resolve({ flowId: "nope" }) })).status,
    ).toBe(404);
    expect((await (await listFlows(call(mine.key), noParams)).json()).flows).toEqual([]);
  });

  it("refuses missing, unknown and revoked keys with 401", async () => {
    const { workspace, key, apiKey } = await workspaceWithKey();
    expect((await listFlows(call(null), noParams)).status).toBe(401);
    expect((await listFlows(call("sbt_not-a-real-key"), noParams)).status).toBe(401);
    await revokeApiKey(get().db, workspace.id, apiKey.id);
    const revoked = await listFlows(call(key), noParams);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { code: "invalid_api_key" } });
  });

  it("refuses writes with a read-only key (403)", async () => {
    const { key } = await workspaceWithKey("read");
    expect((await listFlows(call(key), noParams)).status).toBe(200);
    expect((await createFlow(post(key, '{"name":"x"}'), noParams)).status).toBe(403);
  });

  it("explains bad bodies: 400 for malformed JSON, 422 with the field path for invalid ones", async () => {
    const { key } = await workspaceWithKey();
    const malformed = await createFlow(post(key, "{nope"), noParams);
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: "bad_json" } });
    const noName = await createFlow(post(key, "{}"), noParams);
    expect(noName.status).toBe(422);
    expect((await noName.json()).error.issues[0].path).toBe("name");
    const badDocument = await createFlow(
      post(
        key,
        JSON.stringify({
          name: "x",
          document: {
            ...createEmptyFlow(),
            nodes: [{ id: "n1", type: "message", position: { x: 0, y: 0 }, data: { text: 5 } }],
          },
        }),
      ),
      noParams,
    );
    expect(badDocument.status).toBe(422);
    const paths: string[] = (await badDocument.json()).error.issues.map(
      (i: { path: string }) => i.path,
    );
    expect(paths.some((p) => p.startsWith("document.nodes.0"))).toBe(true);
  });

  it("rate-limits each key (429 with Retry-After) across callers sharing the database", async () => {
    const { key, apiKey } = await workspaceWithKey();
    const now = new Date("2026-03-01T10:00:30Z");
    const limitedList = apiRoute(listFlowsEndpoint, { db, now: () => now });
    for (let i = 0; i < 119; i++) await takeRequest(get().db, apiKey.id, 120, now);
    expect((await limitedList(call(key), noParams)).status).toBe(200);
    const limited = await limitedList(call(key), noParams);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("30");
    // The next minute starts afresh.
    const later = apiRoute(listFlowsEndpoint, { db, now: () => new Date("2026-03-01T10:01:00Z") });
    expect((await later(call(key), noParams)).status).toBe(200);
  });
});
