import { describe, expect, it } from "vitest";
import {
  buildFlow,
  Conversation,
  edge,
  effectsOf,
  issuesOf,
  node,
  said,
  START_ANY,
} from "../../testing/conversation";

function conversation(data: object) {
  const c = new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("u", "contact_update", data),
        node("m", "message", {
          text: "{{contact.name}} / {{contact.email}} / {{contact.size}} / {{contact.tags}} / {{contact.optIn}}",
        }),
      ],
      edges: [edge("start", "next", "u"), edge("u", "next", "m")],
      variables: [{ name: "typed", defaultValue: "ayse@example.com" }],
    }),
  );
  c.contact = { name: "ayse", tags: ["lead", "cold"], optIn: false, fields: {} };
  return c;
}

describe("contact_update node", () => {
  it("emits a contact update and the session sees the new values", () => {
    const c = conversation({
      fields: [
        { field: "name", value: "Ayşe Yılmaz" },
        { field: "email", value: "{{typed}}" },
        { field: "phone", value: "0532 123 45 67" },
        { field: "custom", key: "size", value: "M" },
      ],
      addTags: ["customer"],
      removeTags: ["cold"],
      optIn: "opt_in",
    });
    const result = c.say("hi");
    expect(effectsOf(result, "contact_update")).toEqual([
      {
        type: "contact_update",
        patch: {
          name: "Ayşe Yılmaz",
          email: "ayse@example.com",
          phone: "+905321234567",
          fields: { size: "M" },
        },
        addTags: ["customer"],
        removeTags: ["cold"],
        optIn: true,
      },
    ]);
    expect(said(result)).toEqual([
      'Ayşe Yılmaz / ayse@example.com / M / ["lead","customer"] / true',
    ]);
    expect(c.session?.contact).toEqual({
      patch: {
        name: "Ayşe Yılmaz",
        email: "ayse@example.com",
        phone: "+905321234567",
        fields: { size: "M" },
      },
      addTags: ["customer"],
      removeTags: ["cold"],
      optIn: true,
    });
  });

  it("skips values that are not what the field needs", () => {
    const c = conversation({
      fields: [{ field: "email", value: "not-an-email" }],
      optIn: "opt_out",
    });
    const result = c.say("hi");
    expect(effectsOf(result, "contact_update")[0]).toEqual({
      type: "contact_update",
      patch: {},
      addTags: [],
      removeTags: [],
      optIn: false,
    });
    expect(result.trace).toContainEqual(
      expect.objectContaining({ type: "warning", code: "contact_value_invalid" }),
    );
  });

  it("validates fields and tags", () => {
    expect(issuesOf("contact_update", {})).toEqual(["nothing_to_update@"]);
    expect(
      issuesOf("contact_update", {
        fields: [
          { field: "email", value: "nope" },
          { field: "phone", value: "123" },
          { field: "custom", key: "bad key", value: "x" },
          { field: "email", value: "{{typed}}" },
        ],
        addTags: ["vip", ""],
        removeTags: ["vip"],
      }),
    ).toEqual([
      "invalid_email@fields.0.value",
      "invalid_phone@fields.1.value",
      "invalid_field_key@fields.2.key",
      "required@addTags.1",
      "tag_added_and_removed@addTags.0",
    ]);
  });
});
