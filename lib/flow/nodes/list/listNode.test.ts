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

const list = {
  body: "Nasıl yardımcı olabilirim?",
  buttonLabel: "Konular",
  sections: [
    {
      title: "Sipariş",
      rows: [
        { id: "track", title: "Kargom nerede?", description: "Takip numarası" },
        { id: "cancel", title: "İptal" },
      ],
    },
    { title: "Diğer", rows: [{ id: "human", title: "Temsilci" }] },
  ],
};

function conversation() {
  return new Conversation(
    buildFlow({
      nodes: [
        START_ANY,
        node("l", "list", list),
        node("track", "message", { text: "tracking" }),
        node("cancel", "message", { text: "cancelled" }),
        node("human", "message", { text: "human" }),
      ],
      edges: [
        edge("start", "next", "l"),
        edge("l", "track", "track"),
        edge("l", "cancel", "cancel"),
        edge("l", "human", "human"),
      ],
    }),
  );
}

describe("list node", () => {
  it("sends sections and rows and follows the picked row", () => {
    const c = conversation();
    expect(c.say("hi").outbox).toEqual([
      {
        type: "list",
        body: "Nasıl yardımcı olabilirim?",
        buttonLabel: "Konular",
        sections: [
          {
            title: "Sipariş",
            rows: [
              { id: "track", title: "Kargom nerede?", description: "Takip numarası" },
              { id: "cancel", title: "İptal" },
            ],
          },
          { title: "Diğer", rows: [{ id: "human", title: "Temsilci" }] },
        ],
      },
    ]);
    expect(said(c.pick("cancel", "İptal"))).toEqual(["cancelled"]);
  });

  it("accepts a typed row title and re-prompts otherwise", () => {
    const c = conversation();
    c.say("hi");
    const retry = c.say("hmm");
    expect(said(retry)).toHaveLength(2);
    expect(said(c.say("IPTAL"))).toEqual(["cancelled"]);
  });

  it("uses a built-in button label when none is set", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [START_ANY, node("l", "list", { ...list, buttonLabel: "" })],
        edges: [edge("start", "next", "l")],
        settings: { locale: "tr" },
      }),
    );
    const out = c.say("hi").outbox[0];
    expect(out?.type === "list" && out.buttonLabel).toBe("Seçenekler");
  });

  it("takes the invalid port after the attempts are used", () => {
    const c = new Conversation(
      buildFlow({
        nodes: [
          START_ANY,
          node("l", "list", { ...list, maxAttempts: 1 }),
          node("bad", "end", { message: "bye" }),
        ],
        edges: [edge("start", "next", "l"), edge("l", "invalid", "bad")],
      }),
    );
    c.say("hi");
    expect(said(c.message({ kind: "location", latitude: 1, longitude: 2 }))).toEqual(["bye"]);
  });

  it("validates rows, sections and limits", () => {
    expect(issuesOf("list", list)).toEqual([]);
    const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));
    expect(issuesOf("list", { ...list, sections: [{ title: "", rows }] })).toEqual([
      "too_many_rows@sections",
    ]);
    expect(
      issuesOf("list", {
        body: "b",
        buttonLabel: "x".repeat(LIMITS.listButtonLabel + 1),
        sections: [
          {
            title: "",
            rows: [
              {
                id: "a",
                title: "t".repeat(LIMITS.listRowTitle + 1),
                description: "d".repeat(LIMITS.listRowDescription + 1),
              },
              { id: "a", title: "Dup" },
              { id: "invalid", title: "dup" },
            ],
          },
          { title: "s".repeat(LIMITS.listSectionTitle + 1), rows: [] },
        ],
      }),
    ).toEqual([
      "too_long@buttonLabel",
      "section_title_required@sections.0.title",
      "too_long@sections.0.rows.0.title",
      "too_long@sections.0.rows.0.description",
      "duplicate_id@sections.0.rows.1.id",
      "reserved_port_id@sections.0.rows.2.id",
      "duplicate_title@sections.0.rows.2.title",
      "too_long@sections.1.title",
      "empty_section@sections.1.rows",
    ]);
    const sections = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: [] }));
    expect(issuesOf("list", { ...list, sections })).toContain("too_many_sections@sections");
    expect(issuesOf("list", { ...list, sections: [] })).toEqual(["too_few_rows@sections"]);
  });
});
