"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { makePhotoThumbnail } from "./make-photo-thumbnail";
import {
  readPhotoThumbnails,
  savePhotoThumbnail,
  type ThumbnailStorage,
} from "./photo-thumbnail-store";

function browserStorage(): ThumbnailStorage | null {
  if (typeof window === "undefined") return null;
  try {
    return window.localStorage;
  } catch {
    // Storage blocked by the browser's settings: photos just are not kept over a reload.
    return null;
  }
}

/**
 * The photos the customer sent, by simulator media id: the picked file itself (an object URL)
 * while the page lives, and a thumbnail kept in this browser for after a reload.
 */
export function useSentPhotos() {
  const objectUrls = useRef(new Map<string, string>());
  const [thumbnails, setThumbnails] = useState<ReadonlyMap<string, string>>(() => {
    const storage = browserStorage();
    return storage ? readPhotoThumbnails(storage) : new Map();
  });
  useEffect(() => {
    const urls = objectUrls.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  /** Takes over `objectUrl` (revoked when the chat goes) and keeps a thumbnail of it. */
  const add = useCallback((mediaId: string, objectUrl: string) => {
    objectUrls.current.set(mediaId, objectUrl);
    void makePhotoThumbnail(objectUrl).then((dataUrl) => {
      const storage = browserStorage();
      if (dataUrl && storage) setThumbnails(savePhotoThumbnail(storage, mediaId, dataUrl));
    });
  }, []);

  const preview = useCallback(
    (mediaId: string): string | undefined =>
      objectUrls.current.get(mediaId) ?? thumbnails.get(mediaId),
    [thumbnails],
  );

  return { add, preview };
}
