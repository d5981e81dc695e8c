import { describe, expect, it } from "vitest";
import { validateCloudApiPayload } from "./validate-cloud-api-payload";

const envelope = { messaging_product: "whatsapp", to: "905321234567" };
const codes = (json: unknown) => validateCloudApiPayload(json).map((v) => `${v.code} ${v.path}`);

describe("validateCloudApiPayload (wire level, as the emulator sees requests)", () => {
  it("accepts a minimal text message, with type defaulting to text", () => {
    expect(codes({ ...envelope, type: "text", text: { body: "hi" } })).toEqual([]);
    expect(codes({ ...envelope, text: { body: "hi" } })).toEqual([]);
  });

  it("rejects non-objects and unsupported types with 100", () => {
    expect(codes("hi")).toEqual(["100 "]);
    expect(codes([1])).toEqual(["100 "]);
    expect(codes({ ...envelope, type: "carousel", carousel: {} })).toEqual(["100 type"]);
  });

  it("missing required parameters are 131008, unknown ones 100", () => {
    expect(codes({ ...envelope, type: "text" })).toEqual(["131008 text"]);
    expect(codes({ ...envelope, type: "text", text: {} })).toEqual(["131008 text.body"]);
    expect(codes({ type: "text", to: "1234567", text: { body: "x" } })).toEqual([
      "131008 messaging_product",
    ]);
    expect(
      codes({ ...envelope, type: "audio", audio: { link: "https://a.nl/a.ogg", caption: "no" } }),
    ).toEqual(["100 audio"]);
    expect(codes({ ...envelope, type: "text", text: { body: "x", bold: true } })).toEqual([
      "100 text",
    ]);
  });

  it("needs a recipient, and a plausible one", () => {
    expect(codes({ messaging_product: "whatsapp", type: "text", text: { body: "x" } })).toEqual([
      "131008 to",
    ]);
    expect(codes({ ...envelope, to: "call me", type: "text", text: { body: "x" } })).toEqual([
      "100 to",
    ]);
    expect(
      codes({ ...envelope, to: "+31 6-1234 5678", type: "text", text: { body: "x" } }),
    ).toEqual([]);
    expect(
      codes({
        messaging_product: "whatsapp",
        recipient: "nope",
        type: "text",
        text: { body: "x" },
      }),
    ).toEqual(["100 recipient"]);
  });

  it("media needs exactly one of link and id", () => {
    expect(codes({ ...envelope, type: "image", image: {} })).toEqual(["131008 image.link"]);
    expect(
      codes({ ...envelope, type: "image", image: { id: "123", link: "https://a.nl" } }),
    ).toEqual(["100 image"]);
    expect(codes({ ...envelope, type: "image", image: { id: "123" } })).toEqual([]);
  });

  it("list headers must be text", () => {
    expect(
      codes({
        ...envelope,
        type: "interactive",
        interactive: {
          type: "list",
          header: { type: "image", image: { link: "https://a.nl/i.png" } },
          body: { text: "b" },
          action: { button: "Go", sections: [{ rows: [{ id: "1", title: "One" }] }] },
        },
      }),
    ).toContain("100 interactive.header.type");
  });

  it("accepts message types Sohbet does not produce, such as reactions", () => {
    expect(
      codes({ ...envelope, type: "reaction", reaction: { message_id: "wamid.X", emoji: "👍" } }),
    ).toEqual([]);
  });
});
