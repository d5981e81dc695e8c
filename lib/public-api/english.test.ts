import { describe, expect, it } from "vitest";
import { englishMessage } from "./english";

describe("englishMessage", () => {
  it("turns catalog keys into the app's English sentences, with parameters", () => {
    expect(englishMessage("errors.notFound", { what: "channel" })).toBe("Channel not found.");
    expect(englishMessage("publishing.errors.hasProblems", { count: 2 })).toBe(
      "Fix 2 problems before publishing.",
    );
    expect(englishMessage("channels.errors.phoneNumberIdInvalid")).toMatch(/digits only/);
  });

  it("leaves ready sentences and unknown keys alone", () => {
    expect(englishMessage("Too small: expected string to have >=1 characters")).toBe(
      "Too small: expected string to have >=1 characters",
    );
    expect(englishMessage("errors", {}, "fallback")).toBe("fallback");
    expect(englishMessage("no.such.key", {}, "fallback")).toBe("fallback");
  });
});
