// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FormattedText } from "./formatted-text";

afterEach(cleanup);

function renderText(text: string) {
  return render(<FormattedText text={text} />).container;
}

describe("FormattedText", () => {
  it("renders WhatsApp formatting as elements", () => {
    const root = renderText("*Bold* _it_ ~gone~ `code` ```mono```");
    expect(root.querySelector("strong")?.textContent).toBe("Bold");
    expect(root.querySelector("em")?.textContent).toBe("it");
    expect(root.querySelector("s")?.textContent).toBe("gone");
    expect(root.querySelector("code")?.textContent).toBe("code");
    expect(root.querySelector(".font-mono:not(code)")?.textContent).toBe("mono");
    expect(root.textContent).toBe("Bold it gone code mono");
  });

  it("shows HTML and script tags as text, never as markup", () => {
    const hostile =
      '<script>window.pwned = true</script><img src=x onerror="window.pwned=true"><b>bold?</b> &lt;';
    const root = renderText(hostile);
    expect(root.querySelector("script")).toBeNull();
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("b")).toBeNull();
    expect(root.textContent).toBe(hostile);
    expect(Reflect.get(window, "pwned")).toBeUndefined();
  });

  it("keeps hostile text inside formatting as text too", () => {
    const root = renderText("*<i>x</i>* _<a href=javascript:alert(1)>y</a>_");
    expect(root.querySelector("strong")?.textContent).toBe("<i>x</i>");
    expect(root.querySelector("i")).toBeNull();
    expect(root.querySelector("a")).toBeNull();
  });

  it("links only http(s) addresses, opened safely in a new tab", () => {
    const root = renderText("Pay at https://shop.example/pay. Not javascript:alert(1)");
    const links = root.querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute("href")).toBe("https://shop.example/pay");
    expect(links[0]?.getAttribute("target")).toBe("_blank");
    expect(links[0]?.getAttribute("rel")).toContain("noopener");
    expect(root.textContent).toContain("javascript:alert(1)");
  });

  it("keeps line breaks, quotes and lists", () => {
    const root = renderText("Hi\n\n> quoted\n* apples\n2. pears");
    const lines = root.firstElementChild?.children;
    expect(lines).toHaveLength(5);
    expect(lines?.[1]?.querySelector("br")).not.toBeNull();
    expect(lines?.[2]?.textContent).toBe("quoted");
    expect(lines?.[3]?.textContent).toBe("•\u00a0\u00a0apples");
    expect(lines?.[4]?.textContent).toBe("2.\u00a0pears");
  });
});
