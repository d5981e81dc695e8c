"use client";

import { ImageOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";

/**
 * A photo as WhatsApp shows it, loaded straight from its link (as the customer's phone would
 * download it) or, for the customer's own, from this browser. A link that does not load says so
 * instead of leaving a hole.
 */
export function ImagePreview({
  src,
  alt,
  placeholder,
}: {
  src: string | undefined;
  alt: string;
  /** What stands in without a picture; by default a card saying it is missing or failed. */
  placeholder?: ReactNode;
}) {
  const t = useTranslations("simulator.media");
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || failed === src) {
    if (placeholder) return placeholder;
    return (
      <div className="text-wa-meta flex aspect-[4/3] w-64 max-w-full flex-col items-center justify-center gap-2 rounded-md bg-black/5 text-xs dark:bg-white/5">
        <ImageOff className="size-8" />
        <span>{src ? t("imageFailed") : t("imageUnavailable")}</span>
      </div>
    );
  }
  return (
    // Not next/image: the link is the flow's, arbitrary, and must load exactly as given.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setFailed(src)}
      className="block max-h-80 w-64 max-w-full rounded-md object-cover"
    />
  );
}
