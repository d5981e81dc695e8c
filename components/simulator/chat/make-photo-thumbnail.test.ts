import { describe, expect, it } from "vitest";
import { THUMBNAIL_MAX_SIDE, thumbnailSize } from "./make-photo-thumbnail";

describe("thumbnailSize", () => {
  it("scales the longer side down to the maximum, keeping the shape", () => {
    expect(thumbnailSize(4032, 3024)).toEqual({ width: THUMBNAIL_MAX_SIDE, height: 240 });
    expect(thumbnailSize(1080, 1920)).toEqual({ width: 180, height: THUMBNAIL_MAX_SIDE });
  });

  it("never scales up, and never reaches zero", () => {
    expect(thumbnailSize(200, 100)).toEqual({ width: 200, height: 100 });
    expect(thumbnailSize(10_000, 2)).toEqual({ width: THUMBNAIL_MAX_SIDE, height: 1 });
  });
});
