// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderChat } from "../testing/render-chat";

afterEach(cleanup);

function openMenu() {
  fireEvent.keyDown(screen.getByRole("button", { name: "Attach or start" }), { key: "Enter" });
}

describe("the customer's composer", () => {
  it("sends typed text with Enter and keeps Shift+Enter for new lines", () => {
    const { actions } = renderChat([]);
    const box = screen.getByRole("textbox", { name: "Message" });
    fireEvent.change(box, { target: { value: "Merhaba" } });
    fireEvent.keyDown(box, { key: "Enter", shiftKey: true });
    expect(actions).toEqual([]);
    fireEvent.keyDown(box, { key: "Enter" });
    expect(actions).toEqual([{ type: "message", message: { kind: "text", text: "Merhaba" } }]);
    expect(box).toHaveProperty("value", "");
  });

  it("does not send blank text", () => {
    const { actions } = renderChat([]);
    fireEvent.change(screen.getByRole("textbox", { name: "Message" }), { target: { value: "  " } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(actions).toEqual([]);
  });

  it("shares typed coordinates, refusing out-of-range ones", async () => {
    const { actions } = renderChat([]);
    openMenu();
    fireEvent.click(await screen.findByRole("menuitem", { name: "Location" }));
    fireEvent.change(screen.getByLabelText("Latitude"), { target: { value: "95" } });
    fireEvent.change(screen.getByLabelText("Longitude"), { target: { value: "28,97" } });
    fireEvent.click(screen.getByRole("button", { name: "Share location" }));
    expect(screen.getByText("A number from -90 to 90")).toBeTruthy();
    expect(actions).toEqual([]);
    fireEvent.change(screen.getByLabelText("Latitude"), { target: { value: "41.0082" } });
    fireEvent.click(screen.getByRole("button", { name: "Share location" }));
    expect(actions).toEqual([
      { type: "message", message: { kind: "location", latitude: 41.0082, longitude: 28.97 } },
    ]);
  });

  it("arrives from an ad with its id", async () => {
    const { actions } = renderChat([]);
    openMenu();
    fireEvent.click(await screen.findByRole("menuitem", { name: "Click on an ad" }));
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(screen.getByText("Enter the ad id")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Ad id"), { target: { value: "120210" } });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(actions).toEqual([
      {
        type: "message",
        message: {
          kind: "text",
          text: "Hi! I'd like to know more about this.",
          referral: { adId: "120210", sourceType: "ad" },
        },
      },
    ]);
  });

  it("starts by API with variables, after checking the JSON", async () => {
    const { actions } = renderChat([]);
    openMenu();
    fireEvent.click(await screen.findByRole("menuitem", { name: "API call" }));
    const box = screen.getByLabelText("Variables (JSON)");
    fireEvent.change(box, { target: { value: "[1]" } });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(screen.getByRole("alert").textContent).toContain("must be a JSON object");
    fireEvent.change(box, { target: { value: '{"order": {"id": "1042"}}' } });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    expect(actions).toEqual([{ type: "api_start", variables: { order: { id: "1042" } } }]);
  });

  it("sends a photo with a caption, keeping the preview in the browser", async () => {
    const { actions } = renderChat([]);
    const file = new File(["png"], "shoe.png", { type: "image/png" });
    fireEvent.change(screen.getByTestId("composer-photo-input"), { target: { files: [file] } });
    fireEvent.change(await screen.findByLabelText("Caption (optional)"), {
      target: { value: "this one" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(actions).toHaveLength(1));
    expect(actions[0]).toMatchObject({
      type: "message",
      message: {
        kind: "media",
        mediaKind: "image",
        mimeType: "image/png",
        filename: "shoe.png",
        caption: "this one",
      },
    });
  });
});
