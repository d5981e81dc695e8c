import { describe, expect, it } from "vitest";
import { LIMITS } from "../../io";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

function conversation() {
  const c = new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("l", "location_request", {
          body: "Konumunuzu paylaşır mısınız?",
          variable: "where",
          maxAttempts: 2,
        }),
        node("ok", "message", { text: "Teşekkürler ({{where.latitude}}, {{where.longitude}})" }),
        node("bad", "message", { text: "Adresinizi yazın lütfen" }),
      ],
      edges: [edge("start", "next", "l"), edge("l", "next", "ok"), edge("l", "invalid", "bad")],
      settings: { locale: "tr" },
    }),
  );
  return c;
}

describe("location_request node", () => {
  it("asks with a location request and stores the shared location", () => {
    const c = conversation();
    expect(c.say("hi").outbox).toEqual([
      { type: "location_request", body: "Konumunuzu paylaşır mısınız?" },
    ]);
    const result = c.message({
      kind: "location",
      latitude: 38.42,
      longitude: 27.14,
      address: "Alsancak",
    });
    expect(said(result)).toEqual(["Teşekkürler (38.42, 27.14)"]);
    expect(c.session?.variables.where).toEqual({
      latitude: 38.42,
      longitude: 27.14,
      address: "Alsancak",
    });
  });

  it("re-asks on text, then takes invalid", () => {
    const c = conversation();
    c.say("hi");
    expect(said(c.say("Alsancak"))).toEqual([
      "Lütfen 📎 düğmesiyle konumunuzu paylaşın.",
      "Konumunuzu paylaşır mısınız? [send location]",
    ]);
    expect(said(c.say("İzmir"))).toEqual(["Adresinizi yazın lütfen"]);
  });

  it("validates body and variable", () => {
    expect(issuesOf("location_request", { body: "Where?", variable: "loc" })).toEqual([]);
    expect(
      issuesOf("location_request", { body: "x".repeat(LIMITS.interactiveBody + 1), variable: "" }),
    ).toEqual(["too_long@body", "required@variable"]);
  });
});
