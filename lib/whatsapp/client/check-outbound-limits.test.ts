import { describe, expect, it } from "vitest";
import { LIMITS, type OutboundMessage } from "@/lib/flow/io";
import { checkOutboundLimits } from "./check-outbound-limits";

const x = (n: number) => "x".repeat(n);
const button = (i: number, title = `B${i}`) => ({ id: `b${i}`, title });
const row = (i: number) => ({ id: `r${i}`, title: `Row ${i}` });

function violations(msg: OutboundMessage) {
  return checkOutboundLimits(msg).map((v) => `${v.code} ${v.path}`);
}

describe("checkOutboundLimits", () => {
  it("accepts messages right at every limit", () => {
    const atLimit: OutboundMessage[] = [
      { type: "text", text: x(LIMITS.textBody) },
      {
        type: "buttons",
        header: { type: "text", text: x(LIMITS.header) },
        body: x(LIMITS.interactiveBody),
        footer: x(LIMITS.footer),
        buttons: [{ id: x(LIMITS.buttonId), title: x(LIMITS.buttonTitle) }, button(2), button(3)],
      },
      {
        type: "list",
        body: "b",
        buttonLabel: x(LIMITS.listButtonLabel),
        sections: Array.from({ length: LIMITS.listSectionsMax }, (_, s) => ({
          title: `${s}`.padEnd(LIMITS.listSectionTitle, "t"),
          rows: [
            {
              id: `${s}`.padEnd(LIMITS.listRowId, "i"),
              title: `${s}`.padEnd(LIMITS.listRowTitle, "r"),
              description: x(LIMITS.listRowDescription),
            },
          ],
        })),
      },
      { type: "cta_url", body: "b", label: x(LIMITS.ctaLabel), url: "https://a.nl" },
      {
        type: "media",
        mediaKind: "image",
        url: "https://a.nl/i.png",
        caption: x(LIMITS.mediaCaption),
      },
      { type: "location_request", body: x(LIMITS.interactiveBody) },
    ];
    for (const msg of atLimit) expect(checkOutboundLimits(msg), msg.type).toEqual([]);
  });

  it("counts characters, not UTF-16 units: 4096 emoji fit in a text", () => {
    expect(checkOutboundLimits({ type: "text", text: "🙏".repeat(LIMITS.textBody) })).toEqual([]);
    expect(violations({ type: "text", text: "ş".repeat(LIMITS.textBody + 1) })).toEqual([
      "131009 text.body",
    ]);
  });

  it("reports an over-long text with limit and actual length", () => {
    expect(checkOutboundLimits({ type: "text", text: x(4097) })).toEqual([
      {
        code: 131009,
        path: "text.body",
        message: "Text body is 4097 characters; the limit is 4096.",
        limit: 4096,
        actual: 4097,
      },
    ]);
  });

  it("reply buttons: count, title, id, body, header, footer, uniqueness", () => {
    expect(
      violations({
        type: "buttons",
        body: "b",
        buttons: [button(1), button(2), button(3), button(4)],
      }),
    ).toEqual(["131009 interactive.action.buttons"]);
    expect(violations({ type: "buttons", body: "b", buttons: [] })).toEqual([
      "131008 interactive.action.buttons",
    ]);
    expect(violations({ type: "buttons", body: "b", buttons: [button(1, x(21))] })).toEqual([
      "131009 interactive.action.buttons[0].reply.title",
    ]);
    expect(
      violations({ type: "buttons", body: "b", buttons: [{ id: x(257), title: "t" }] }),
    ).toEqual(["131009 interactive.action.buttons[0].reply.id"]);
    expect(violations({ type: "buttons", body: x(1025), buttons: [button(1)] })).toEqual([
      "131009 interactive.body.text",
    ]);
    expect(violations({ type: "buttons", body: "", buttons: [button(1)] })).toEqual([
      "131008 interactive.body.text",
    ]);
    expect(
      violations({
        type: "buttons",
        header: { type: "text", text: x(61) },
        footer: x(61),
        body: "b",
        buttons: [button(1)],
      }),
    ).toEqual(["131009 interactive.header.text", "131009 interactive.footer.text"]);
    expect(
      violations({
        type: "buttons",
        body: "b",
        buttons: [button(1, "Same"), { id: "b1", title: "Same" }],
      }),
    ).toEqual(["131009 interactive.action.buttons", "131009 interactive.action.buttons"]);
  });

  it("list: rows in total, sections, labels, titles, ids, descriptions", () => {
    const base = { type: "list" as const, body: "b", buttonLabel: "Pick" };
    expect(
      violations({ ...base, sections: [{ rows: Array.from({ length: 11 }, (_, i) => row(i)) }] }),
    ).toEqual(["131009 interactive.action.sections"]);
    expect(
      violations({
        ...base,
        sections: [
          { title: "A", rows: Array.from({ length: 6 }, (_, i) => row(i)) },
          { title: "B", rows: Array.from({ length: 5 }, (_, i) => row(i + 6)) },
        ],
      }),
    ).toEqual(["131009 interactive.action.sections"]);
    expect(
      violations({
        ...base,
        sections: Array.from({ length: 11 }, (_, s) => ({ title: `S${s}`, rows: [] })),
      }),
    ).toEqual(["131009 interactive.action.sections", "131008 interactive.action.sections"]);
    expect(violations({ ...base, buttonLabel: x(21), sections: [{ rows: [row(1)] }] })).toEqual([
      "131009 interactive.action.button",
    ]);
    expect(
      violations({
        ...base,
        sections: [{ title: x(25), rows: [{ id: x(201), title: x(25), description: x(73) }] }],
      }),
    ).toEqual([
      "131009 interactive.action.sections[0].title",
      "131009 interactive.action.sections[0].rows[0].id",
      "131009 interactive.action.sections[0].rows[0].title",
      "131009 interactive.action.sections[0].rows[0].description",
    ]);
    expect(
      violations({ ...base, sections: [{ rows: [row(1)] }, { title: "B", rows: [row(2)] }] }),
    ).toEqual(["131008 interactive.action.sections[0].title"]);
    expect(
      violations({
        ...base,
        sections: [
          { title: "A", rows: [row(1)] },
          { title: "B", rows: [row(1)] },
        ],
      }),
    ).toEqual(["131009 interactive.action.sections"]);
  });

  it("cta_url: label length and a real URL", () => {
    expect(violations({ type: "cta_url", body: "b", label: x(21), url: "https://a.nl" })).toEqual([
      "131009 interactive.action.parameters.display_text",
    ]);
    expect(
      violations({ type: "cta_url", body: "b", label: "Go", url: "javascript:alert(1)" }),
    ).toEqual(["131009 interactive.action.parameters.url"]);
  });

  it("media: caption length and link", () => {
    expect(
      violations({
        type: "media",
        mediaKind: "video",
        url: "https://a.nl/v.mp4",
        caption: x(1025),
      }),
    ).toEqual(["131009 video.caption"]);
    expect(violations({ type: "media", mediaKind: "document", url: "not a url" })).toEqual([
      "131009 document.link",
    ]);
  });

  it("template: name, language, button index and uniqueness", () => {
    const t = { type: "template" as const, name: "order_update", language: "nl", components: [] };
    expect(violations(t)).toEqual([]);
    expect(violations({ ...t, name: "Order Update" })).toEqual(["131009 template.name"]);
    expect(violations({ ...t, language: "dutch" })).toEqual(["131009 template.language.code"]);
    expect(
      violations({
        ...t,
        components: [
          { type: "button", subType: "quick_reply", index: 10, parameter: "p" },
          { type: "button", subType: "quick_reply", index: 1, parameter: "p" },
          { type: "button", subType: "url", index: 1, parameter: "x" },
        ],
      }),
    ).toEqual(["131009 template.components[0].index", "131009 template.components"]);
    expect(
      violations({
        ...t,
        components: [{ type: "header", parameters: [{ type: "text", text: x(61) }] }],
      }),
    ).toEqual(["131009 template.components[0].parameters[0].text"]);
  });

  it("reports a value that is not an outbound message instead of throwing", () => {
    const bogus: unknown = { type: "carousel" };
    const result = checkOutboundLimits(
      // Simulates JSON read back from storage that no longer matches the schema.
      JSON.parse(JSON.stringify(bogus)),
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.code).toBe(100);
  });
});
