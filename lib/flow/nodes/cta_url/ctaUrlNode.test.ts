import { describe, expect, it } from "vitest";
import { LIMITS } from "../../io";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  START_ANY,
} from "../../testing/conversation";

describe("cta_url node", () => {
  it("sends one link button with encoded values and moves on", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("c", "cta_url", {
            body: "Ödemenizi tamamlayın",
            header: "Sipariş {{order}}",
            footer: "Güvenli ödeme",
            label: "Öde",
            url: "https://pay.test/checkout?order={{order}}",
          }),
          node("after", "message", { text: "Link sent" }),
        ],
        edges: [edge("start", "next", "c"), edge("c", "next", "after")],
        variables: [{ name: "order", defaultValue: "#1001" }],
      }),
    );
    expect(c.say("hi").outbox).toEqual([
      {
        type: "cta_url",
        body: "Ödemenizi tamamlayın",
        header: { type: "text", text: "Sipariş #1001" },
        footer: "Güvenli ödeme",
        label: "Öde",
        url: "https://pay.test/checkout?order=%231001",
      },
      { type: "text", text: "Link sent" },
    ]);
  });

  it("validates body, label and link", () => {
    expect(issuesOf("cta_url", { body: "b", label: "Pay", url: "https://x.test/{{id}}" })).toEqual(
      [],
    );
    expect(
      issuesOf("cta_url", {
        body: "",
        label: "x".repeat(LIMITS.ctaLabel + 1),
        url: "javascript:alert(1)",
      }),
    ).toEqual(["required@body", "too_long@label", "invalid_url@url"]);
    expect(issuesOf("cta_url", { body: "b", label: "", url: "" })).toEqual([
      "required@label",
      "required@url",
    ]);
  });
});
