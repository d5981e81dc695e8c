// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "@/lib/flow";
import type { BusinessEntry } from "@/lib/simulator/transcript";
import { renderChat, T0 } from "../testing/render-chat";

afterEach(cleanup);

function business(message: OutboundMessage, refused?: "window_closed"): BusinessEntry {
  return { kind: "business", id: "b1", at: T0, message, ...(refused ? { refused } : {}) };
}

function only(message: OutboundMessage) {
  const view = renderChat([business(message)]);
  return { ...view, bubble: screen.getByTestId("business-message") };
}

describe("business messages", () => {
  it("text: formatted, with the time and no refusal", () => {
    const { bubble } = only({ type: "text", text: "*Merhaba* _Ayşe_ <b>x</b>" });
    expect(bubble.dataset.type).toBe("text");
    expect(bubble.querySelector("strong")?.textContent).toBe("Merhaba");
    expect(bubble.querySelector("b")).toBeNull();
    expect(bubble.textContent).toContain("<b>x</b>");
    expect(within(bubble).getByTestId("message-time").textContent).toBe("9:30 AM");
    expect(within(bubble).queryByTestId("limit-report")).toBeNull();
  });

  it("image: the photo from its link and the caption", () => {
    const { bubble } = only({
      type: "media",
      mediaKind: "image",
      url: "https://cdn.example/shoe.jpg",
      caption: "New *shoes*",
    });
    const img = bubble.querySelector("img");
    expect(img?.getAttribute("src")).toBe("https://cdn.example/shoe.jpg");
    expect(img?.getAttribute("alt")).toBe("New *shoes*");
    expect(bubble.querySelector("strong")?.textContent).toBe("shoes");
  });

  it("image: a link that is not http(s) is not loaded and is flagged", () => {
    const { bubble } = only({ type: "media", mediaKind: "image", url: "javascript:alert(1)" });
    expect(bubble.querySelector("img")).toBeNull();
    expect(bubble.textContent).toContain("No photo to show");
    expect(within(bubble).getByTestId("limit-report").textContent).toContain("Link");
  });

  it("video: a tile that plays when tapped", () => {
    const { bubble } = only({
      type: "media",
      mediaKind: "video",
      url: "https://cdn.example/a.mp4",
    });
    expect(bubble.querySelector("video")).toBeNull();
    fireEvent.click(within(bubble).getByRole("button", { name: "Play video" }));
    expect(bubble.querySelector("video")?.getAttribute("src")).toBe("https://cdn.example/a.mp4");
  });

  it("audio: a player with play button", () => {
    const { bubble } = only({
      type: "media",
      mediaKind: "audio",
      url: "https://cdn.example/a.ogg",
    });
    expect(bubble.querySelector("audio")?.getAttribute("src")).toBe("https://cdn.example/a.ogg");
    expect(within(bubble).getByRole("button", { name: "Play" })).toBeTruthy();
  });

  it("document: its name and type, opening the file", () => {
    const { bubble } = only({
      type: "media",
      mediaKind: "document",
      url: "https://cdn.example/files/Fatura%2012.pdf",
    });
    expect(within(bubble).getByTestId("document-name").textContent).toBe("Fatura 12.pdf");
    expect(bubble.textContent).toContain("PDF document");
    expect(bubble.querySelector("a")?.getAttribute("href")).toBe(
      "https://cdn.example/files/Fatura%2012.pdf",
    );
  });

  it("reply buttons: under the bubble; a tap answers as the customer, quoting it", () => {
    const { bubble, actions } = only({
      type: "buttons",
      header: { type: "text", text: "Welcome" },
      body: "How can we help?",
      footer: "Tulp & Co",
      buttons: [
        { id: "order", title: "My order" },
        { id: "human", title: "A person" },
      ],
    });
    expect(within(bubble).getByTestId("message-header").textContent).toBe("Welcome");
    expect(within(bubble).getByTestId("message-footer").textContent).toBe("Tulp & Co");
    const buttons = within(within(bubble).getByTestId("reply-buttons")).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["My order", "A person"]);
    fireEvent.click(buttons[1] ?? bubble);
    expect(actions).toEqual([
      {
        type: "message",
        message: { kind: "button", buttonId: "human", title: "A person", replyTo: "b1" },
      },
    ]);
  });

  it("reply buttons: a title over 20 characters is flagged, shown whole", () => {
    const { bubble } = only({
      type: "buttons",
      body: "Pick",
      buttons: [{ id: "a", title: "A title far too long for WhatsApp" }],
    });
    const button = within(bubble).getByRole("button", { name: /A title far too long/ });
    expect(button.textContent).toBe("A title far too long for WhatsApp");
    expect(button.querySelector("mark")?.textContent).toBe(" for WhatsApp");
    expect(within(bubble).getByTestId("limit-report").textContent).toContain(
      "Button 1: 33 characters, WhatsApp allows 20",
    );
  });

  it("reply buttons: more than three are flagged", () => {
    const { bubble } = only({
      type: "buttons",
      body: "Pick",
      buttons: ["a", "b", "c", "d"].map((id) => ({ id, title: id })),
    });
    expect(within(bubble).getAllByRole("button")).toHaveLength(4);
    expect(within(bubble).getByTestId("limit-report").textContent).toContain(
      "Buttons: 4, WhatsApp allows at most 3",
    );
  });

  it("list: the button opens a sheet of sections and rows; picking one answers", () => {
    const { bubble, actions } = only({
      type: "list",
      body: "Our shops",
      buttonLabel: "Choose a shop",
      sections: [
        { title: "Istanbul", rows: [{ id: "kadikoy", title: "Kadıköy", description: "10–20" }] },
        { title: "Amsterdam", rows: [{ id: "jordaan", title: "Jordaan" }] },
      ],
    });
    fireEvent.click(within(bubble).getByRole("button", { name: "Choose a shop" }));
    const sheet = screen.getByTestId("list-sheet");
    expect(within(sheet).getByText("Istanbul")).toBeTruthy();
    expect(within(sheet).getByText("10–20")).toBeTruthy();
    const send = within(sheet).getByRole("button", { name: "Send" });
    expect(send.hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(sheet).getByRole("radio", { name: /Jordaan/ }));
    fireEvent.click(send);
    expect(actions).toEqual([
      {
        type: "message",
        message: {
          kind: "list",
          rowId: "jordaan",
          title: "Jordaan",
          description: undefined,
          replyTo: "b1",
        },
      },
    ]);
    expect(screen.queryByTestId("list-sheet")).toBeNull();
  });

  it("cta_url: a link button opening the address in a new tab", () => {
    const { bubble } = only({
      type: "cta_url",
      body: "Track your parcel",
      label: "Track",
      url: "https://cargo.example/t/1",
    });
    const link = within(bubble).getByRole("link", { name: "Track" });
    expect(link.getAttribute("href")).toBe("https://cargo.example/t/1");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("location request: the button opens the location picker; a preset place answers", () => {
    const { bubble, actions } = only({ type: "location_request", body: "Where are you?" });
    fireEvent.click(within(bubble).getByRole("button", { name: "Send location" }));
    fireEvent.click(screen.getByRole("button", { name: /Markthal/ }));
    expect(actions).toEqual([
      {
        type: "message",
        message: {
          kind: "location",
          latitude: 51.92005,
          longitude: 4.48673,
          name: "Markthal",
          address: "Dominee Jan Scharpstraat 298, 3011 GZ Rotterdam",
        },
      },
    ]);
  });

  it("template: its text, its name, and quick replies that answer", () => {
    const { bubble, actions } = only({
      type: "template",
      name: "cart_reminder",
      language: "tr",
      components: [{ type: "body", parameters: [{ type: "text", text: "Ayşe" }] }],
      preview: "Merhaba *Ayşe*, sepetin seni bekliyor",
      quickReplies: [{ id: "yes", title: "Evet" }],
    });
    expect(within(bubble).getByTestId("template-name").textContent).toBe(
      "Template cart_reminder · tr",
    );
    expect(bubble.querySelector("strong")?.textContent).toBe("Ayşe");
    fireEvent.click(within(bubble).getByRole("button", { name: "Evet" }));
    expect(actions[0]).toEqual({
      type: "message",
      message: { kind: "button", buttonId: "yes", title: "Evet", replyTo: "b1" },
    });
  });

  it("a message refused outside the 24-hour window says so", () => {
    renderChat([business({ type: "text", text: "Still there?" }, "window_closed")]);
    const bubble = screen.getByTestId("business-message");
    expect(bubble.dataset.refused).toBe("window_closed");
    expect(within(bubble).getByTestId("refused-notice").textContent).toContain(
      "outside the 24-hour window",
    );
  });
});
