import { describe, expect, it } from "vitest";
import { parseCoordinate } from "./parse-coordinates";

describe("parseCoordinate", () => {
  it("reads decimal degrees within range, with a comma or a dot", () => {
    expect(parseCoordinate(" 41.0369 ", 90)).toBe(41.0369);
    expect(parseCoordinate("-73,98", 180)).toBe(-73.98);
    expect(parseCoordinate("91", 90)).toBeNull();
    expect(parseCoordinate("abc", 90)).toBeNull();
    expect(parseCoordinate("", 90)).toBeNull();
  });
});
