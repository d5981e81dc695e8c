import { describe, expect, it } from "vitest";
import { matchTrigger } from "../../engine/matchTrigger";
import { buildFlow, Conversation, edge, issuesOf, node, said } from "../../testing/conversation";

const flow = buildFlow({
  nodes: [
    node("any", "start", { trigger: { kind: "any" } }),
    node("order", "start", {
      trigger: { kind: "keyword", keywords: ["sipariş", "order"], match: "contains" },
    }),
    node("menu", "start", { trigger: { kind: "keyword", keywords: ["MENÜ"], match: "exact" } }),
    node("ad", "start", { trigger: { kind: "ad", adIds: ["ad-42"] } }),
    node("api", "start", { trigger: { kind: "api" } }),
    node("m-any", "message", { text: "any" }),
    node("m-order", "message", { text: "order" }),
    node("m-menu", "message", { text: "menu" }),
    node("m-ad", "message", { text: "ad" }),
    node("m-api", "message", { text: "api" }),
  ],
  edges: [
    edge("any", "next", "m-any"),
    edge("order", "next", "m-order"),
    edge("menu", "next", "m-menu"),
    edge("ad", "next", "m-ad"),
    edge("api", "next", "m-api"),
  ],
});

const text = (t: string) => ({ kind: "text" as const, id: "w1", timestamp: 0, text: t });

describe("start node", () => {
  it("picks the most specific trigger, Turkish-insensitively", () => {
    expect(matchTrigger(flow, text("hello"))?.nodeId).toBe("any");
    expect(matchTrigger(flow, text("SİPARİŞİM nerede? siparis durumu"))?.nodeId).toBe("order");
    expect(matchTrigger(flow, text("menu"))).toMatchObject({
      nodeId: "menu",
      kind: "keyword_exact",
      keyword: "MENÜ",
    });
    expect(matchTrigger(flow, { ...text("menu"), referral: { adId: "ad-42" } })).toMatchObject({
      nodeId: "ad",
      kind: "ad",
    });
    expect(matchTrigger(flow, { ...text("menu"), referral: { adId: "ad-7" } })?.nodeId).toBe(
      "menu",
    );
  });

  it("never starts the API start from a message, only from an API start", () => {
    const onlyApi = buildFlow({ nodes: [node("api", "start", { trigger: { kind: "api" } })] });
    expect(matchTrigger(onlyApi, text("hi"))).toBeNull();
    expect(matchTrigger(onlyApi, { type: "message", message: text("hi") })).toBeNull();
    expect(matchTrigger(onlyApi, { type: "api_start" })).toEqual({
      nodeId: "api",
      kind: "api",
      specificity: 0,
    });
    expect(matchTrigger(flow, { type: "api_start", startNodeId: "menu" })?.nodeId).toBe("menu");
    expect(matchTrigger(flow, { type: "timer", timerId: "t" })).toBeNull();
  });

  it("matches any ad when no ids are listed, but only ad messages", () => {
    const adFlow = buildFlow({
      nodes: [node("ad", "start", { trigger: { kind: "ad", adIds: [] } })],
    });
    expect(matchTrigger(adFlow, { ...text("hi"), referral: { adId: "x" } })?.nodeId).toBe("ad");
    expect(matchTrigger(adFlow, { ...text("hi"), referral: {} })?.nodeId).toBe("ad");
    expect(matchTrigger(adFlow, text("hi"))).toBeNull();
  });

  it("begins the conversation at the matching start and walks on", () => {
    const c = new Conversation(flow);
    expect(said(c.say("Sipariş"))).toEqual(["order"]);
    expect(c.session?.startNodeId).toBe("order");
  });

  it("validates keywords", () => {
    expect(issuesOf("start", { trigger: { kind: "keyword", keywords: [] } })).toEqual([
      "keywords_missing@trigger.keywords",
    ]);
    expect(issuesOf("start", { trigger: { kind: "keyword", keywords: ["ok", " !! "] } })).toEqual([
      "keyword_empty@trigger.keywords.1",
    ]);
    expect(issuesOf("start", { trigger: { kind: "ad", adIds: [""] } })).toEqual([
      "required@trigger.adIds.0",
    ]);
    expect(issuesOf("start", { trigger: { kind: "any" } })).toEqual([]);
  });
});
