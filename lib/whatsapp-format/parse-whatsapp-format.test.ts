import { describe, expect, it } from "vitest";
import type { FormatInline } from "./format-tree";
import { parseInline } from "./parse-inline";
import { parseWhatsAppFormat } from "./parse-whatsapp-format";
import { toPlainText } from "./to-plain-text";

const text = (t: string): FormatInline => ({ type: "text", text: t });

/** The visible characters, markers removed: what a reader sees. */
function visible(nodes: FormatInline[]): string {
  return nodes.map((n) => ("children" in n ? visible(n.children) : n.text)).join("");
}

describe("parseInline", () => {
  it("reads bold, italic, strike and inline code", () => {
    expect(parseInline("*Hi* _there_ ~old~ `x = 1`")).toEqual([
      { type: "bold", children: [text("Hi")] },
      text(" "),
      { type: "italic", children: [text("there")] },
      text(" "),
      { type: "strike", children: [text("old")] },
      text(" "),
      { type: "code", text: "x = 1" },
    ]);
  });

  it("nests different markers but not a marker inside itself", () => {
    expect(parseInline("*_both_*")).toEqual([
      { type: "bold", children: [{ type: "italic", children: [text("both")] }] },
    ]);
    expect(parseInline("*a *b* c*")).toEqual([
      { type: "bold", children: [text("a *b")] },
      text(" c*"),
    ]);
  });

  it("keeps markers inside words and next to spaces as typed", () => {
    for (const literal of [
      "snake_case_name",
      "2*3*4",
      "* not bold*",
      "*not bold *",
      "a ~ b ~ c",
      "**",
      "*",
      "price_*",
    ]) {
      expect(parseInline(literal), literal).toEqual([text(literal)]);
    }
  });

  it("closes at punctuation, opens after punctuation", () => {
    expect(parseInline("(*yes*), ok")).toEqual([
      text("("),
      { type: "bold", children: [text("yes")] },
      text("), ok"),
    ]);
  });

  it("does not format inside inline code", () => {
    expect(parseInline("`*raw*`")).toEqual([{ type: "code", text: "*raw*" }]);
  });

  it("links http(s) and www addresses without trailing punctuation", () => {
    expect(parseInline("See https://shop.example/cart?id=1. Or www.example.com!")).toEqual([
      text("See "),
      {
        type: "link",
        text: "https://shop.example/cart?id=1",
        href: "https://shop.example/cart?id=1",
      },
      text(". Or "),
      { type: "link", text: "www.example.com", href: "https://www.example.com/" },
      text("!"),
    ]);
    expect(parseInline("(https://a.example/x)")).toEqual([
      text("("),
      { type: "link", text: "https://a.example/x", href: "https://a.example/x" },
      text(")"),
    ]);
  });

  it("keeps underscores in addresses out of italics", () => {
    expect(parseInline("_go https://a.example/my_page_now here_")).toEqual([
      {
        type: "italic",
        children: [
          text("go "),
          {
            type: "link",
            text: "https://a.example/my_page_now",
            href: "https://a.example/my_page_now",
          },
          text(" here"),
        ],
      },
    ]);
  });

  it("never links other schemes", () => {
    for (const hostile of ["javascript:alert(1)", "data:text/html,<b>x</b>", "https://x"]) {
      expect(
        parseInline(hostile).every((n) => n.type !== "link"),
        hostile,
      ).toBe(true);
    }
  });

  it("keeps every visible character of hostile or random text", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> &amp; {{x}}';
    expect(visible(parseInline(hostile))).toBe(hostile);
    expect(visible(parseInline("*".repeat(5000)))).toContain("*");
  });
});

describe("parseWhatsAppFormat", () => {
  it("splits lines and recognises quotes, bullets and numbered lines", () => {
    expect(
      parseWhatsAppFormat("Hello\n> quoted\n* one\n- two\n12. twelve\n\n*end*").map((l) => l.kind),
    ).toEqual(["plain", "quote", "bullet", "bullet", "numbered", "plain", "plain"]);
    const [, quote, one, , twelve, blank] = parseWhatsAppFormat(
      "Hello\n> quoted\n* one\n- two\n12. twelve\n",
    );
    expect(quote).toEqual({ kind: "quote", content: [text("quoted")] });
    expect(one).toEqual({ kind: "bullet", content: [text("one")] });
    expect(twelve).toEqual({ kind: "numbered", number: "12", content: [text("twelve")] });
    expect(blank).toEqual({ kind: "plain", content: [] });
  });

  it("keeps monospace across lines, without formatting inside", () => {
    expect(parseWhatsAppFormat("Code: ```a *b*\nc``` done")).toEqual([
      {
        kind: "plain",
        content: [text("Code: "), { type: "mono", text: "a *b*\nc" }, text(" done")],
      },
    ]);
  });

  it("does not let inline markers cross a line break", () => {
    expect(parseWhatsAppFormat("*one\ntwo*")).toEqual([
      { kind: "plain", content: [text("*one")] },
      { kind: "plain", content: [text("two*")] },
    ]);
  });

  it("treats Windows line endings as line breaks", () => {
    expect(parseWhatsAppFormat("a\r\nb")).toHaveLength(2);
  });

  it("parses long hostile input quickly enough to stay linear-ish", () => {
    const long = "*_~`".repeat(1000) + "x".repeat(1000);
    expect(parseWhatsAppFormat(long)).toHaveLength(1);
  });
});

describe("toPlainText", () => {
  it("drops the markers and keeps the words", () => {
    expect(toPlainText("Order *#1042* is _on its way_\n> ~soon~")).toBe(
      "Order #1042 is on its way\nsoon",
    );
  });
});
