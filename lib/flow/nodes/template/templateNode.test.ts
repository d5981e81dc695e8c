import { describe, expect, it } from "vitest";
import {
  buildFlow,
  Conversation,
  edge,
  issuesOf,
  node,
  said,
  T0,
} from "../../testing/conversation";

const template = {
  name: "cart_reminder",
  language: "tr",
  headerParams: ["{{contact.name}}"],
  bodyParams: ["{{contact.name}}", "{{total}}"],
  bodyText: "Merhaba {{1}}, sepetinizde {{2}} TL'lik ürün var.",
  buttons: [
    { kind: "quick_reply", id: "buy", title: "Satın al" },
    { kind: "url", title: "Sepete git", urlParam: "{{cart_id}}" },
    { kind: "quick_reply", id: "later", title: "Sonra" },
  ],
};

function conversation(data: object = template) {
  const c = new Conversation(
    buildFlow({
      nodes: [
        node("api", "start", { trigger: { kind: "api" } }),
        node("t", "template", data),
        node("buy", "message", { text: "Harika!" }),
        node("later", "message", { text: "Tamam" }),
        node("other", "message", { text: "Bir temsilci size dönecek" }),
      ],
      edges: [
        edge("api", "next", "t"),
        edge("t", "buy", "buy"),
        edge("t", "later", "later"),
        edge("t", "other", "other"),
      ],
      variables: [{ name: "total" }, { name: "cart_id" }],
    }),
    // Far outside the 24-hour window: templates still go out.
    { windowOpenUntil: T0 - 3 * 86_400_000 },
  );
  c.contact = { name: "Ayşe", tags: [], fields: {} };
  return c;
}

describe("template node", () => {
  it("sends the template with resolved parameters, even outside the window", () => {
    const c = conversation();
    const result = c.apiStart({ total: 249.9, cart_id: "c/42" });
    expect(result.outbox).toEqual([
      {
        type: "template",
        name: "cart_reminder",
        language: "tr",
        components: [
          { type: "header", parameters: [{ type: "text", text: "Ayşe" }] },
          {
            type: "body",
            parameters: [
              { type: "text", text: "Ayşe" },
              { type: "text", text: "249.9" },
            ],
          },
          { type: "button", subType: "quick_reply", index: 0, parameter: "buy" },
          { type: "button", subType: "url", index: 1, parameter: "c/42" },
          { type: "button", subType: "quick_reply", index: 2, parameter: "later" },
        ],
        preview: "Merhaba Ayşe, sepetinizde 249.9 TL'lik ürün var.",
        quickReplies: [
          { id: "buy", title: "Satın al" },
          { id: "later", title: "Sonra" },
        ],
      },
    ]);
    expect(c.session?.wait).toMatchObject({ kind: "input", nodeId: "t" });
  });

  it("routes quick replies by payload or typed title; anything else goes to other", () => {
    const tap = conversation();
    tap.apiStart();
    expect(said(tap.tap("buy", "Satın al"))).toEqual(["Harika!"]);
    const typed = conversation();
    typed.apiStart();
    expect(said(typed.say("sonra"))).toEqual(["Tamam"]);
    const other = conversation();
    other.apiStart();
    expect(said(other.say("ne kadar?"))).toEqual(["Bir temsilci size dönecek"]);
  });

  it("continues at once when it has no quick replies", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          node("api", "start", { trigger: { kind: "api" } }),
          node("t", "template", { name: "order_shipped", language: "en_US" }),
          node("end", "end", {}),
        ],
        edges: [edge("api", "next", "t"), edge("t", "next", "end")],
      }),
    );
    const result = c.apiStart();
    expect(result.outbox).toEqual([
      { type: "template", name: "order_shipped", language: "en_US", components: [] },
    ]);
    expect(c.session?.status).toBe("ended");
  });

  it("validates name, language, parameters and buttons", () => {
    expect(issuesOf("template", template)).toEqual([]);
    expect(
      issuesOf("template", {
        name: "Cart Reminder",
        language: "turkish",
        bodyText: "Hi {{1}} {{2}}",
        bodyParams: [""],
        buttons: [
          { kind: "quick_reply", id: "other", title: "x".repeat(26) },
          { kind: "quick_reply", id: "a", title: "A" },
          { kind: "quick_reply", id: "a", title: "a" },
        ],
      }),
    ).toEqual([
      "template_name_invalid@name",
      "template_language_invalid@language",
      "template_params_mismatch@bodyParams",
      "required@bodyParams.0",
      "too_long@buttons.0.title",
      "reserved_port_id@buttons.0.id",
      "duplicate_id@buttons.2.id",
      "duplicate_title@buttons.2.title",
    ]);
    expect(issuesOf("template", { name: "" })).toEqual(["required@name"]);
  });
});
