import { describe, expect, it } from "vitest";
import {
  MAX_PHOTO_THUMBNAILS,
  MAX_THUMBNAIL_CHARS,
  PHOTO_THUMBNAILS_KEY,
  readPhotoThumbnails,
  savePhotoThumbnail,
  type ThumbnailStorage,
} from "./photo-thumbnail-store";

/** An in-memory localStorage; `quota` (characters of the stored value) makes setItem throw. */
function memoryStorage(quota = Infinity) {
  const items = new Map<string, string>();
  const storage: ThumbnailStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException("full", "QuotaExceededError");
      items.set(key, value);
    },
  };
  return { storage, items };
}

const jpeg = (n: number) => `data:image/jpeg;base64,${String(n).padStart(8, "0")}`;

describe("photo thumbnail store", () => {
  it("keeps a thumbnail by media id and reads it back", () => {
    const { storage } = memoryStorage();
    expect(readPhotoThumbnails(storage).size).toBe(0);
    const kept = savePhotoThumbnail(storage, "sim-media-a", jpeg(1));
    expect(kept.get("sim-media-a")).toBe(jpeg(1));
    expect(readPhotoThumbnails(storage).get("sim-media-a")).toBe(jpeg(1));
  });

  it("keeps only the most recent ones, up to the cap", () => {
    const { storage } = memoryStorage();
    for (let i = 0; i < MAX_PHOTO_THUMBNAILS + 5; i++)
      savePhotoThumbnail(storage, `m${i}`, jpeg(i));
    const kept = readPhotoThumbnails(storage);
    expect(kept.size).toBe(MAX_PHOTO_THUMBNAILS);
    expect(kept.has("m4")).toBe(false);
    expect(kept.get("m5")).toBe(jpeg(5));
    expect(kept.get(`m${MAX_PHOTO_THUMBNAILS + 4}`)).toBe(jpeg(MAX_PHOTO_THUMBNAILS + 4));
  });

  it("saving an id again replaces it and makes it the newest", () => {
    const { storage } = memoryStorage();
    savePhotoThumbnail(storage, "a", jpeg(1), 2);
    savePhotoThumbnail(storage, "b", jpeg(2), 2);
    savePhotoThumbnail(storage, "a", jpeg(3), 2);
    savePhotoThumbnail(storage, "c", jpeg(4), 2);
    expect([...readPhotoThumbnails(storage)]).toEqual([
      ["a", jpeg(3)],
      ["c", jpeg(4)],
    ]);
  });

  it("ignores what is not its data: not JSON, not a list, bad entries", () => {
    const { storage, items } = memoryStorage();
    for (const bad of ["{nope", '"text"', '{"mediaId":"a"}', "null", "42"]) {
      items.set(PHOTO_THUMBNAILS_KEY, bad);
      expect(readPhotoThumbnails(storage).size).toBe(0);
    }
    items.set(
      PHOTO_THUMBNAILS_KEY,
      JSON.stringify([
        { mediaId: "ok", dataUrl: jpeg(1) },
        { mediaId: "script", dataUrl: "javascript:alert(1)" },
        { mediaId: "", dataUrl: jpeg(2) },
        { mediaId: 7, dataUrl: jpeg(3) },
        { mediaId: "huge", dataUrl: `data:image/jpeg;base64,${"A".repeat(MAX_THUMBNAIL_CHARS)}` },
        "junk",
        null,
      ]),
    );
    expect([...readPhotoThumbnails(storage)]).toEqual([["ok", jpeg(1)]]);
    // Saving rewrites the list without the bad entries.
    savePhotoThumbnail(storage, "new", jpeg(4));
    expect(JSON.parse(items.get(PHOTO_THUMBNAILS_KEY) ?? "")).toEqual([
      { mediaId: "ok", dataUrl: jpeg(1) },
      { mediaId: "new", dataUrl: jpeg(4) },
    ]);
  });

  it("refuses to store what is not an image data URL", () => {
    const { storage, items } = memoryStorage();
    expect(savePhotoThumbnail(storage, "a", "https://example.com/x.jpg").size).toBe(0);
    expect(items.has(PHOTO_THUMBNAILS_KEY)).toBe(false);
  });

  it("forgets the oldest photos when the storage is full, and never throws", () => {
    const one = JSON.stringify([{ mediaId: "m0", dataUrl: jpeg(0) }]).length;
    const { storage } = memoryStorage(one * 2);
    for (let i = 0; i < 5; i++) savePhotoThumbnail(storage, `m${i}`, jpeg(i));
    expect([...readPhotoThumbnails(storage).keys()]).toEqual(["m3", "m4"]);

    const broken: ThumbnailStorage = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(readPhotoThumbnails(broken).size).toBe(0);
    expect(savePhotoThumbnail(broken, "a", jpeg(1)).size).toBe(0);
  });
});
