// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { InboundMessage } from "@/lib/flow";
import type { CustomerStatus, TranscriptEntry } from "@/lib/simulator/transcript";
import { PHOTO_THUMBNAILS_KEY } from "../chat/photo-thumbnail-store";
import { renderChat, T0 } from "../testing/render-chat";

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const base = { id: "wamid.sim1", timestamp: T0 };

function customer(message: InboundMessage, status: CustomerStatus = "read"): TranscriptEntry {
  return { kind: "customer", id: "c1", at: T0, message, status };
}

function bubble() {
  return screen.getByTestId("customer-message");
}

describe("customer messages", () => {
  it("text: on the right, formatted, with time and blue ticks once read", () => {
    renderChat([customer({ ...base, kind: "text", text: "I want ~two~ *three*" })]);
    expect(bubble().querySelector("[data-side='out']")).not.toBeNull();
    expect(bubble().querySelector("strong")?.textContent).toBe("three");
    expect(within(bubble()).getByLabelText("Read")).toBeTruthy();
  });

  it("shows sent and delivered ticks too", () => {
    renderChat([customer({ ...base, kind: "text", text: "hi" }, "sent")]);
    expect(within(bubble()).getByLabelText("Sent")).toBeTruthy();
    cleanup();
    renderChat([customer({ ...base, kind: "text", text: "hi" }, "delivered")]);
    expect(within(bubble()).getByLabelText("Delivered")).toBeTruthy();
  });

  it("uses the reader's clock format", () => {
    renderChat([customer({ ...base, kind: "text", text: "selam" })], { locale: "tr" });
    expect(within(bubble()).getByTestId("message-time").textContent).toBe("09:30");
  });

  it("a button tap quotes the business message it answers", () => {
    renderChat([
      {
        kind: "business",
        id: "b1",
        at: T0,
        message: { type: "buttons", body: "Shall we?", buttons: [{ id: "yes", title: "Yes" }] },
      },
      customer({ ...base, kind: "button", buttonId: "yes", title: "Yes", replyTo: "b1" }),
    ]);
    const quote = within(bubble()).getByTestId("quoted-message");
    expect(quote.textContent).toContain("Tulp & Co");
    expect(quote.textContent).toContain("Shall we?");
    expect(bubble().textContent).toContain("Yes");
  });

  it("a list pick shows the row title and description", () => {
    renderChat([
      customer({ ...base, kind: "list", rowId: "r", title: "Kadıköy", description: "Open 10–20" }),
    ]);
    expect(bubble().textContent).toContain("Kadıköy");
    expect(bubble().textContent).toContain("Open 10–20");
  });

  it("a location shows a map, the place and the coordinates", () => {
    renderChat([
      customer({
        ...base,
        kind: "location",
        latitude: 41.03698,
        longitude: 28.98504,
        name: "Taksim Meydanı",
      }),
    ]);
    expect(bubble().textContent).toContain("Taksim Meydanı");
    expect(bubble().textContent).toContain("41.03698, 28.98504");
  });

  it("an ad arrival shows the ad above the first message", () => {
    renderChat([
      customer({
        ...base,
        kind: "text",
        text: "Hi!",
        referral: { adId: "120210", headline: "Spring sale" },
      }),
    ]);
    const ad = within(bubble()).getByTestId("ad-referral");
    expect(ad.textContent).toContain("Spring sale");
    expect(ad.textContent).toContain("Ad 120210");
  });

  it("a document shows its file name", () => {
    renderChat([
      customer({
        ...base,
        kind: "media",
        mediaKind: "document",
        mediaId: "sim-media-12345678",
        filename: "receipt.pdf",
      }),
    ]);
    expect(within(bubble()).getByTestId("document-name").textContent).toBe("receipt.pdf");
  });

  const photo = (mediaId: string) =>
    customer({ ...base, kind: "media", mediaKind: "image", mediaId, caption: "this one" });

  it("a photo sent earlier shows the thumbnail this browser kept of it", () => {
    const dataUrl = "data:image/jpeg;base64,AAAA";
    window.localStorage.setItem(
      PHOTO_THUMBNAILS_KEY,
      JSON.stringify([{ mediaId: "sim-media-kept", dataUrl }]),
    );
    renderChat([photo("sim-media-kept")]);
    const img = within(bubble()).getByRole("img", { name: "this one" });
    expect(img.getAttribute("src")).toBe(dataUrl);
    expect(img.getAttribute("alt")).toBe("this one");
  });

  it("a photo without a kept thumbnail says 'Photo', in the reader's language", () => {
    window.localStorage.setItem(PHOTO_THUMBNAILS_KEY, "{damaged");
    renderChat([photo("sim-media-elsewhere")]);
    expect(within(bubble()).queryByRole("img")).toBeNull();
    const card = within(bubble()).getByTestId("photo-placeholder");
    expect(card.textContent).toContain("Photo");
    expect(card.textContent).toContain("No preview in this browser");
    cleanup();
    renderChat([photo("sim-media-elsewhere")], { locale: "tr" });
    expect(within(bubble()).getByTestId("photo-placeholder").textContent).toContain("Fotoğraf");
  });
});

describe("notices and the empty chat", () => {
  it("invites to start when nothing happened yet", () => {
    renderChat([]);
    expect(screen.getByTestId("chat-log").textContent).toContain("Send a message");
  });

  it("words each notice, errors as alerts", () => {
    renderChat([
      { kind: "notice", id: "n1", at: T0, notice: { type: "window_closed" } },
      { kind: "notice", id: "n2", at: T0, notice: { type: "clock_advanced", byMs: 25 * 3600_000 } },
      { kind: "notice", id: "n3", at: T0, notice: { type: "session_ended", reason: "completed" } },
      {
        kind: "notice",
        id: "n4",
        at: T0,
        notice: { type: "runtime_error", message: "<i>boom</i>" },
      },
      { kind: "notice", id: "n5", at: T0, notice: { type: "api_start", variables: { order: 1 } } },
    ]);
    const notices = screen.getAllByTestId("system-notice").map((n) => n.textContent);
    expect(notices[0]).toContain("a template is needed");
    expect(notices[1]).toContain("25 h 0 min");
    expect(notices[2]).toContain("flow finished");
    expect(screen.getByRole("alert").textContent).toBe("The bot failed: <i>boom</i>");
    expect(notices[4]).toContain("with order");
  });

  it("puts a date chip above each day", () => {
    renderChat([
      { kind: "notice", id: "n1", at: T0 - 86_400_000, notice: { type: "delay_skipped" } },
      { kind: "notice", id: "n2", at: T0, notice: { type: "delay_skipped" } },
    ]);
    expect(screen.getAllByTestId("day-separator").map((d) => d.textContent)).toEqual([
      "Yesterday",
      "Today",
    ]);
  });
});
