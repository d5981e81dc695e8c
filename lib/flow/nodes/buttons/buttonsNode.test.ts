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

const buttons = {
  body: "Kargo mu, iade mi?",
  header: "Yardım",
  footer: "Sohbet",
  buttons: [
    { id: "ship", title: "Kargo" },
    { id: "return", title: "İade" },
  ],
  maxAttempts: 2,
};

function conversation(data: object = buttons, invalid = true) {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("b", "buttons", data),
        node("ship", "message", { text: "shipping" }),
        node("ret", "message", { text: "returns" }),
        node("bad", "message", { text: "let's talk" }),
      ],
      edges: [
        edge("start", "next", "b"),
        edge("b", "ship", "ship"),
        edge("b", "return", "ret"),
        ...(invalid ? [edge("b", "invalid", "bad")] : []),
      ],
    }),
  );
}

describe("buttons node", () => {
  it("sends the interactive message and follows the tapped button", () => {
    const c = conversation();
    expect(c.say("hi").outbox).toEqual([
      {
        type: "buttons",
        body: "Kargo mu, iade mi?",
        header: { type: "text", text: "Yardım" },
        footer: "Sohbet",
        buttons: [
          { id: "ship", title: "Kargo" },
          { id: "return", title: "İade" },
        ],
      },
    ]);
    expect(c.session?.wait).toMatchObject({ kind: "input", nodeId: "b", attempts: 0 });
    const tapped = c.tap("return", "İade");
    expect(said(tapped)).toEqual(["returns"]);
    expect(tapped.trace).toContainEqual({
      type: "input_accepted",
      flowId: "main",
      nodeId: "b",
      port: "return",
    });
    expect(tapped.trace).toContainEqual(
      expect.objectContaining({ type: "edge_taken", edgeId: "b:return->ret" }),
    );
  });

  it("accepts a typed title, whatever its case or Turkish letters", () => {
    const c = conversation();
    c.say("hi");
    expect(said(c.say("IADE"))).toEqual(["returns"]);
  });

  it("re-prompts on free text, then takes the invalid port", () => {
    const c = conversation();
    c.say("hi");
    const retry = c.say("what?");
    expect(said(retry)).toEqual([
      "Please choose one of the options.",
      "Kargo mu, iade mi? [Kargo | İade]",
    ]);
    expect(c.session?.wait).toMatchObject({ attempts: 1 });
    expect(said(c.say("still what?"))).toEqual(["let's talk"]);
  });

  it("uses the node's retry message, then the flow's fallback", () => {
    const c = conversation({ ...buttons, retryMessage: "Bir düğmeye dokunun 👇", maxAttempts: 3 });
    c.say("hi");
    expect(said(c.say("?"))[0]).toBe("Bir düğmeye dokunun 👇");
    const fallback = new Conversation(
      buildFlow({
        nodes: [START_ANY, node("b", "buttons", buttons)],
        edges: [edge("start", "next", "b")],
        settings: { fallbackMessage: "Anlamadım 🙈", locale: "tr" },
      }),
    );
    fallback.say("hi");
    expect(said(fallback.say("?"))[0]).toBe("Anlamadım 🙈");
  });

  it("ignores a reaction and a tap on some other message's button", () => {
    const c = conversation();
    c.say("hi");
    const reaction = c.message({ kind: "reaction", messageId: "wamid.x", emoji: "👍" });
    expect(reaction.outbox).toEqual([]);
    expect(c.session?.wait).toMatchObject({ attempts: 0 });
    expect(said(c.tap("stale-button", "Old"))).toHaveLength(2);
  });

  it("ends the conversation when invalid is not connected", () => {
    const c = conversation({ ...buttons, maxAttempts: 1 }, false);
    c.say("hi");
    const result = c.say("nope");
    expect(result.trace).toContainEqual({
      type: "dead_end",
      flowId: "main",
      nodeId: "b",
      port: "invalid",
    });
    expect(c.session?.status).toBe("ended");
  });

  it("truncates titles that variables made too long", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("b", "buttons", { body: "Pick", buttons: [{ id: "a", title: "{{name}}" }] }),
        ],
        edges: [edge("start", "next", "b")],
        variables: [{ name: "name", defaultValue: "A very long product name indeed" }],
      }),
    );
    const out = c.say("hi").outbox[0];
    expect(out?.type === "buttons" && out.buttons[0]?.title).toBe("A very long product ");
  });

  it("validates WhatsApp's limits and duplicates", () => {
    expect(issuesOf("buttons", buttons)).toEqual([]);
    expect(
      issuesOf("buttons", {
        body: "",
        header: "h".repeat(LIMITS.header + 1),
        footer: "f".repeat(LIMITS.footer + 1),
        buttons: [
          { id: "a", title: "Same" },
          { id: "a", title: "SAME" },
          { id: "invalid", title: "x".repeat(LIMITS.buttonTitle + 1) },
          { id: "d", title: "" },
        ],
        maxAttempts: 11,
      }),
    ).toEqual([
      "required@body",
      "too_long@header",
      "too_long@footer",
      "too_many_attempts@maxAttempts",
      "too_many_buttons@buttons",
      "duplicate_title@buttons.1.title",
      "duplicate_id@buttons.1.id",
      "too_long@buttons.2.title",
      "reserved_port_id@buttons.2.id",
      "required@buttons.3.title",
    ]);
    expect(
      issuesOf("buttons", { body: "b".repeat(LIMITS.interactiveBody + 1), buttons: [] }),
    ).toEqual(["too_long@body", "too_few_buttons@buttons"]);
  });
});
