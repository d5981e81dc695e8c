import { describe, expect, it } from "vitest";
import { buildFlow, Conversation, edge, node, said, START_ANY } from "../testing/conversation";

/** A flow that asks for a name, then offers a choice; "reminder" is its window-closed template. */
function shopFlow(settings: object = { windowClosedTemplateNodeId: "reminder" }) {
  return buildFlow({
    nodes: [
      START_ANY,
      node("q", "question", { prompt: "Adınız?", variable: "name", answer: { type: "text" } }),
      node("menu", "buttons", {
        body: "Ne yapalım {{name}}?",
        buttons: [
          { id: "order", title: "Sipariş" },
          { id: "help", title: "Yardım" },
        ],
      }),
      node("reminder", "template", {
        name: "still_there",
        language: "tr",
        bodyParams: ["{{name}}"],
        bodyText: "Merhaba {{1}}, devam edelim mi?",
        buttons: [
          { kind: "quick_reply", id: "resume", title: "Devam" },
          { kind: "quick_reply", id: "quit", title: "Hayır" },
        ],
      }),
      node("again", "message", { text: "Kaldığımız yerden devam, {{name}}." }),
      node("bye", "end", { message: "Görüşmek üzere" }),
      node("ordered", "end", { message: "Siparişiniz alındı" }),
      node("helped", "end", { message: "Yardım geliyor" }),
    ],
    edges: [
      edge("start", "next", "q"),
      edge("q", "next", "menu"),
      edge("menu", "order", "ordered"),
      edge("menu", "help", "helped"),
      edge("reminder", "resume", "again"),
      edge("reminder", "quit", "bye"),
      edge("again", "next", "menu"),
    ],
    settings,
  });
}

function atMenu(settings?: object): Conversation {
  const c = new Conversation(shopFlow(settings));
  c.say("merhaba");
  c.say("Ayşe");
  expect(c.session?.wait).toMatchObject({ kind: "input", nodeId: "menu" });
  return c;
}

describe("advance: window_closed", () => {
  it("sends the fallback template with the session's variables and waits at it", () => {
    const c = atMenu();
    c.advanceClock(60_000);
    const result = c.input({ type: "window_closed" });
    expect(said(result)).toEqual(["template still_there/tr: Merhaba Ayşe, devam edelim mi?"]);
    expect(result.outbox[0]).toMatchObject({
      type: "template",
      components: [{ type: "body", parameters: [{ type: "text", text: "Ayşe" }] }, {}, {}],
    });
    expect(result.trace).toContainEqual({
      type: "window_closed",
      outcome: "fallback",
      flowId: "main",
      nodeId: "reminder",
    });
    expect(c.session).toMatchObject({
      status: "waiting",
      wait: { kind: "input", nodeId: "reminder", attempts: 0 },
      variables: { name: "Ayşe" },
    });
  });

  it("continues on the edge of the button the customer taps", () => {
    const c = atMenu();
    c.input({ type: "window_closed" });
    expect(said(c.tap("resume", "Devam"))).toEqual([
      "Kaldığımız yerden devam, Ayşe.",
      "Ne yapalım Ayşe? [Sipariş | Yardım]",
    ]);
    expect(said(c.tap("order", "Sipariş"))).toEqual(["Siparişiniz alındı"]);
    expect(c.session?.status).toBe("ended");
  });

  it("does not send the template again while the session already waits at it", () => {
    const c = atMenu();
    expect(c.input({ type: "window_closed" }).outbox).toHaveLength(1);
    const before = c.session;
    const again = c.input({ type: "window_closed" });
    expect(again.outbox).toEqual([]);
    expect(again.effects).toEqual([]);
    expect(again.trace).toEqual([
      expect.objectContaining({
        type: "window_closed",
        outcome: "ignored",
        reason: "already_at_fallback",
      }),
    ]);
    expect(c.session).toEqual(before);
  });

  it("drops free-form messages after a template without buttons: the window is closed", () => {
    const flow = buildFlow({
      ...shopFlow(),
      nodes: shopFlow().nodes.map((n) =>
        n.id === "reminder" && n.type === "template"
          ? { ...n, data: { ...n.data, buttons: [] } }
          : n,
      ),
      edges: [...shopFlow().edges, edge("reminder", "next", "again")],
    });
    const c = new Conversation(flow);
    c.say("merhaba");
    c.say("Ayşe");
    const result = c.input({ type: "window_closed" });
    expect(said(result)).toEqual(["template still_there/tr: Merhaba Ayşe, devam edelim mi?"]);
    expect(result.trace.filter((t) => t.type === "message_dropped")).toHaveLength(2);
  });

  it("without a fallback template it sends nothing and keeps the session", () => {
    const c = atMenu({});
    const before = c.session;
    const result = c.input({ type: "window_closed" });
    expect(result.outbox).toEqual([]);
    expect(result.effects).toEqual([]);
    expect(result.trace).toEqual([
      expect.objectContaining({ type: "window_closed", outcome: "ignored", reason: "no_fallback" }),
    ]);
    expect(c.session).toEqual(before);
  });

  it("ignores a fallback that is not a template, and a closed window with no session", () => {
    const c = atMenu({ windowClosedTemplateNodeId: "again" });
    expect(c.input({ type: "window_closed" }).trace).toEqual([
      expect.objectContaining({ outcome: "ignored", reason: "fallback_invalid" }),
    ]);
    const fresh = new Conversation(shopFlow());
    const result = fresh.input({ type: "window_closed" });
    expect(result.session).toBeNull();
    expect(result.outbox).toEqual([]);
    expect(result.trace).toEqual([
      expect.objectContaining({ outcome: "ignored", reason: "no_session" }),
    ]);
  });

  it("stays silent while a human agent has the conversation", () => {
    const c = atMenu();
    c.say("temsilci");
    expect(c.session?.status).toBe("handoff");
    const result = c.input({ type: "window_closed" });
    expect(result.outbox).toEqual([]);
    expect(result.trace).toEqual([expect.objectContaining({ reason: "handoff" })]);
  });

  it("cancels the timer of the node it leaves", () => {
    const flow = buildFlow({
      ...shopFlow(),
      nodes: [
        ...shopFlow().nodes.filter((n) => n.id !== "q"),
        node("q", "question", {
          prompt: "Adınız?",
          variable: "name",
          answer: { type: "text" },
          timeoutMinutes: 10,
        }),
      ],
    });
    const c = new Conversation(flow);
    c.say("merhaba");
    const wait = c.session?.wait;
    const timerId = wait?.kind === "input" ? wait.timerId : null;
    expect(timerId).not.toBeNull();
    const result = c.input({ type: "window_closed" });
    expect(result.effects).toContainEqual({ type: "cancel_timer", timerId });
    expect(said(result)).toEqual(["template still_there/tr: Merhaba , devam edelim mi?"]);
  });
});
