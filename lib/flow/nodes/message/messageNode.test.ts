import { describe, expect, it } from "vitest";
import { LIMITS } from "../../io";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  START_ANY,
  T0,
} from "../../testing/conversation";

function play(data: object, options = {}) {
  const flow = buildFlow({
    nodes: [START_ANY, node("m", "message", data)],
    edges: [edge("start", "next", "m")],
  });
  const c = new Conversation(flow, options);
  c.contact = { name: "Ayşe", tags: [], fields: { city: "İzmir" } };
  return c.say("hi");
}

describe("message node", () => {
  it("sends interpolated text and ends the path", () => {
    const result = play({
      text: "Merhaba {{contact.name}} from {{contact.city}} {{missing|👋}}",
      previewUrl: true,
    });
    expect(result.outbox).toEqual([
      { type: "text", text: "Merhaba Ayşe from İzmir 👋", previewUrl: true },
    ]);
    expect(result.session?.status).toBe("ended");
  });

  it("sends media with a caption before the text", () => {
    const result = play({
      text: "See above",
      media: {
        kind: "document",
        url: "https://cdn.test/{{contact.name}}.pdf",
        caption: "Fatura",
        filename: "fatura.pdf",
      },
    });
    expect(result.outbox).toEqual([
      {
        type: "media",
        mediaKind: "document",
        url: "https://cdn.test/Ay%C5%9Fe.pdf",
        caption: "Fatura",
        filename: "fatura.pdf",
      },
      { type: "text", text: "See above" },
    ]);
  });

  it("never sends a caption on audio", () => {
    expect(
      play({ media: { kind: "audio", url: "https://cdn.test/a.ogg", caption: "x" } }).outbox,
    ).toEqual([{ type: "media", mediaKind: "audio", url: "https://cdn.test/a.ogg" }]);
  });

  it("cuts text that variables made too long, and says so in the trace", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [START_ANY, node("m", "message", { text: "{{long}}" })],
        edges: [edge("start", "next", "m")],
        variables: [{ name: "long", defaultValue: "x".repeat(5000) }],
      }),
    );
    const result = c.say("hi");
    expect(result.outbox[0]).toEqual({ type: "text", text: "x".repeat(LIMITS.textBody) });
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "warning", code: "text_truncated", nodeId: "m" }),
    );
  });

  it("drops free-form messages when the 24-hour window is closed", () => {
    const flow = buildFlow({
      nodes: [
        node("api", "start", { trigger: { kind: "api" } }),
        node("m", "message", { text: "hi" }),
      ],
      edges: [edge("api", "next", "m")],
    });
    const result = new Conversation(flow, { windowOpenUntil: T0 - 1 }).apiStart();
    expect(result.outbox).toEqual([]);
    expect(result.trace).toContainEqual({
      type: "message_dropped",
      nodeId: "m",
      messageType: "text",
      reason: "window_closed",
      message: { type: "text", text: "hi" },
    });
  });

  it("validates text, media and limits", () => {
    expect(issuesOf("message", { text: "  " })).toEqual(["message_empty@text"]);
    expect(issuesOf("message", { text: "x".repeat(LIMITS.textBody) })).toEqual([]);
    expect(issuesOf("message", { text: "x".repeat(LIMITS.textBody + 1) })).toEqual([
      "too_long@text",
    ]);
    expect(
      issuesOf("message", {
        media: { kind: "image", url: "not a url", caption: "c".repeat(LIMITS.mediaCaption + 1) },
      }),
    ).toEqual(["invalid_url@media.url", "too_long@media.caption"]);
    expect(
      issuesOf("message", { media: { kind: "audio", url: "https://a.test/x.ogg", caption: "hi" } }),
    ).toEqual(["caption_not_supported@media.caption"]);
    expect(issuesOf("message", { media: { kind: "image", url: "{{image_url}}" } })).toEqual([]);
  });
});
