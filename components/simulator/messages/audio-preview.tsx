"use client";

import { Headphones, Pause, Play } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

// A fixed waveform: the bars only need to read as "audio", not to match the sound.
const BARS = [3, 6, 9, 5, 11, 7, 13, 8, 5, 10, 14, 9, 6, 12, 7, 4, 9, 11, 6, 3, 8, 10, 5, 7];

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** An audio message: play/pause, a waveform and the length once known. */
export function AudioPreview({ src }: { src: string }) {
  const t = useTranslations("simulator.media");
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [duration, setDuration] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <div className="flex w-64 max-w-full items-center gap-2 py-1 pr-1">
      <span className="bg-wa-send flex size-10 shrink-0 items-center justify-center rounded-full text-white">
        <Headphones className="size-5" />
      </span>
      <button
        type="button"
        className="text-wa-meta disabled:opacity-50"
        aria-label={playing ? t("pause") : t("play")}
        disabled={failed}
        onClick={() => {
          const el = audio.current;
          if (!el) return;
          if (el.paused) void el.play().catch(() => setFailed(true));
          else el.pause();
        }}
      >
        {playing ? (
          <Pause className="size-6 fill-current" />
        ) : (
          <Play className="size-6 fill-current" />
        )}
      </button>
      <span className="flex h-6 flex-1 items-center gap-[2px]" aria-hidden>
        {BARS.map((h, i) => (
          <span
            key={i}
            className="bg-wa-meta/60 w-[3px] rounded-full"
            style={{ height: `${h + 4}px` }}
          />
        ))}
      </span>
      <span className="text-wa-meta w-9 text-right text-[11px] tabular-nums">
        {failed ? "—" : duration !== null ? clock(duration) : "0:00"}
      </span>
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        onLoadedMetadata={(e) => setDuration(e.currentTarget.duration)}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={() => setFailed(true)}
      />
    </div>
  );
}
