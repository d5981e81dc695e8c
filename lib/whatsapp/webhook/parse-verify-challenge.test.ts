import { describe, expect, it } from "vitest";
import { parseVerifyChallenge } from "./parse-verify-challenge";

describe("parseVerifyChallenge", () => {
  const ok = "hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=s3cret-token";

  it("returns the challenge when mode and token match", () => {
    expect(parseVerifyChallenge(new URLSearchParams(ok), "s3cret-token")).toBe("1158201444");
    expect(
      parseVerifyChallenge(
        { "hub.mode": "subscribe", "hub.challenge": ["42"], "hub.verify_token": "s3cret-token" },
        "s3cret-token",
      ),
    ).toBe("42");
  });

  it("returns null for a wrong token, wrong mode or missing challenge", () => {
    expect(parseVerifyChallenge(new URLSearchParams(ok), "other")).toBeNull();
    expect(
      parseVerifyChallenge(
        new URLSearchParams(ok.replace("subscribe", "unsubscribe")),
        "s3cret-token",
      ),
    ).toBeNull();
    expect(
      parseVerifyChallenge(
        new URLSearchParams("hub.mode=subscribe&hub.verify_token=s3cret-token"),
        "s3cret-token",
      ),
    ).toBeNull();
    expect(
      parseVerifyChallenge(
        new URLSearchParams("hub.mode=subscribe&hub.challenge=1"),
        "s3cret-token",
      ),
    ).toBeNull();
    expect(parseVerifyChallenge(new URLSearchParams(ok), "")).toBeNull();
    expect(
      parseVerifyChallenge(
        new URLSearchParams("hub.mode=subscribe&hub.challenge=1&hub.verify_token="),
        "",
      ),
    ).toBeNull();
  });

  it("refuses to echo an oversized challenge", () => {
    const long = "9".repeat(257);
    expect(
      parseVerifyChallenge(
        new URLSearchParams(`hub.mode=subscribe&hub.challenge=${long}&hub.verify_token=t`),
        "t",
      ),
    ).toBeNull();
  });
});
