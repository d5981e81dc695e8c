import { describe, expect, it } from "vitest";
import { isZoomedOut, ZOOMED_OUT_BELOW } from "./is-zoomed-out";

const at = (zoom: number) => isZoomedOut({ transform: [120, -40, zoom] });

describe("isZoomedOut", () => {
  it("is true only below the threshold", () => {
    expect(ZOOMED_OUT_BELOW).toBe(0.4);
    expect(at(0.1)).toBe(true);
    expect(at(0.35)).toBe(true);
    expect(at(0.3999)).toBe(true);
    expect(at(0.4)).toBe(false);
    expect(at(0.45)).toBe(false);
    expect(at(1)).toBe(false);
  });

  it("depends on the zoom only, not on where the view is panned", () => {
    expect(isZoomedOut({ transform: [0, 0, 0.3] })).toBe(true);
    expect(isZoomedOut({ transform: [-5000, 9000, 0.3] })).toBe(true);
    expect(isZoomedOut({ transform: [-5000, 9000, 0.6] })).toBe(false);
  });
});
