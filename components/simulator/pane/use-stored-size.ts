"use client";

import { useCallback, useState } from "react";

function read(key: string, fallback: number, min: number, max: number): number {
  if (typeof window === "undefined") return fallback;
  const stored = Number(window.localStorage.getItem(key));
  return Number.isFinite(stored) && stored >= min && stored <= max ? stored : fallback;
}

/** A size in pixels kept between visits (per browser), clamped to [min, max]. */
export function useStoredSize(key: string, fallback: number, min: number, max: number) {
  const [size, setSize] = useState(() => read(key, fallback, min, max));
  const update = useCallback(
    (next: number) => {
      const clamped = Math.round(Math.min(max, Math.max(min, next)));
      setSize(clamped);
      try {
        window.localStorage.setItem(key, String(clamped));
      } catch {
        // Private mode or a full storage: the size just is not remembered.
      }
    },
    [key, min, max],
  );
  return [size, update] as const;
}
