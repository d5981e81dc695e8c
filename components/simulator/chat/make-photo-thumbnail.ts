/** Big enough for the chat bubble (256 px wide), small enough to keep many in localStorage. */
export const THUMBNAIL_MAX_SIDE = 320;
const THUMBNAIL_QUALITY = 0.7;

/** The size of a `width`×`height` picture scaled down (never up) to fit `maxSide`. */
export function thumbnailSize(
  width: number,
  height: number,
  maxSide = THUMBNAIL_MAX_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * A small JPEG data URL of the photo at `url` (an object URL of the file the customer picked),
 * or null when the browser cannot draw it (an unsupported format, a picture without a size).
 */
export async function makePhotoThumbnail(url: string): Promise<string | null> {
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    if (image.naturalWidth === 0 || image.naturalHeight === 0) return null;
    const { width, height } = thumbnailSize(image.naturalWidth, image.naturalHeight);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) return null;
    // JPEG has no transparency: a transparent PNG would otherwise turn black.
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const dataUrl = canvas.toDataURL("image/jpeg", THUMBNAIL_QUALITY);
    // A canvas that cannot encode answers "data:," rather than throwing.
    return dataUrl.startsWith("data:image/") ? dataUrl : null;
  } catch {
    return null;
  }
}
