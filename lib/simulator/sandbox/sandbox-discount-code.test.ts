import { describe, expect, it } from "vitest";
import { createSeededRandom } from "@/lib/flow";
import { lookAlikeCode } from "./sandbox-discount-code";

describe("lookAlikeCode", () => {
  it("keeps the shape of a real code but never the code itself", () => {
    const random = createSeededRandom("codes");
    for (let i = 0; i < 50; i += 1) {
      const code = lookAlikeCode("Spring-24ab", random);
      expect(code).toMatch(/^[A-Z][a-z]{5}-\d{2}[a-z]{2}$/);
      expect(code).not.toBe("Spring-24ab");
    }
  });

  it("marks a code without letters or digits as a sandbox one", () => {
    expect(lookAlikeCode("--", createSeededRandom(1))).toBe("SIM---");
  });
});
