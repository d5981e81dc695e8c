import { z } from "zod";

/**
 * Photos the customer sent in the simulator never go to the server (only their simulator media
 * ids do), so after a reload the chat would have lost them. A small thumbnail of each is kept in
 * this browser's localStorage, under the simulator's other per-browser keys (`sohbet.simulator.*`).
 */
export const PHOTO_THUMBNAILS_KEY = "sohbet.simulator.photos";
/** The most recent photos only: localStorage is small (≈ 5 MB) and shared with the whole app. */
export const MAX_PHOTO_THUMBNAILS = 20;
/** A 320 px JPEG at 0.7 is ≈ 10–40 KB; anything much larger is not a thumbnail of ours. */
export const MAX_THUMBNAIL_CHARS = 150_000;

const thumbnailSchema = z.object({
  mediaId: z.string().min(1).max(200),
  dataUrl: z.string().startsWith("data:image/").max(MAX_THUMBNAIL_CHARS),
});
type Thumbnail = z.infer<typeof thumbnailSchema>;

export type ThumbnailStorage = Pick<Storage, "getItem" | "setItem">;

/** The stored thumbnails, oldest first; whatever is not one of ours is left out. */
function readList(storage: ThumbnailStorage): Thumbnail[] {
  let raw: string | null;
  try {
    raw = storage.getItem(PHOTO_THUMBNAILS_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = z.array(z.unknown()).safeParse(parsed);
  if (!list.success) return [];
  // Entry by entry: one damaged entry must not cost the others.
  return list.data.flatMap((item) => {
    const entry = thumbnailSchema.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

function toMap(list: Thumbnail[]): Map<string, string> {
  return new Map(list.map((t) => [t.mediaId, t.dataUrl]));
}

/** The thumbnails kept in this browser, by simulator media id. */
export function readPhotoThumbnails(storage: ThumbnailStorage): Map<string, string> {
  return toMap(readList(storage));
}

/**
 * Keeps `dataUrl` as the thumbnail of `mediaId`, dropping the oldest beyond `max`, and more of
 * the oldest while the storage is full. Answers the thumbnails now kept.
 */
export function savePhotoThumbnail(
  storage: ThumbnailStorage,
  mediaId: string,
  dataUrl: string,
  max = MAX_PHOTO_THUMBNAILS,
): Map<string, string> {
  const previous = readList(storage);
  const entry = thumbnailSchema.safeParse({ mediaId, dataUrl });
  if (!entry.success) return toMap(previous);
  let list = [...previous.filter((t) => t.mediaId !== mediaId), entry.data].slice(-max);
  while (list.length > 0) {
    try {
      storage.setItem(PHOTO_THUMBNAILS_KEY, JSON.stringify(list));
      return toMap(list);
    } catch {
      // Quota exceeded (or storage off): make room by forgetting the oldest photo.
      list = list.slice(1);
    }
  }
  return toMap(previous);
}
