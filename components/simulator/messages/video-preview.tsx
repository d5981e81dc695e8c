"use client";

import { Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** A video tile with a play button; the player only loads once tapped, like on a phone. */
export function VideoPreview({ src }: { src: string }) {
  const t = useTranslations("simulator.media");
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <video
        src={src}
        controls
        autoPlay
        className="block max-h-80 w-64 max-w-full rounded-md bg-black"
      />
    );
  }
  return (
    <button
      type="button"
      onClick={() => setPlaying(true)}
      className="flex aspect-video w-64 max-w-full items-center justify-center rounded-md bg-gradient-to-br from-slate-700 to-slate-900"
      aria-label={t("playVideo")}
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-black/50 text-white">
        <Play className="size-6 fill-current" />
      </span>
    </button>
  );
}
