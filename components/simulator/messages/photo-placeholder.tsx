"use client";

import { Image as ImageIcon } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * Stands in for a photo the customer sent whose pixels this browser does not have (they never go
 * to the server, see chat/use-sent-photos.ts): a neutral card, as a phone shows a photo it has
 * not downloaded, rather than a broken image.
 */
export function PhotoPlaceholder() {
  const t = useTranslations("simulator.messages");
  return (
    <div
      className="text-wa-meta flex aspect-[4/3] w-64 max-w-full flex-col items-center justify-center gap-1.5 rounded-md bg-black/5 px-4 text-center dark:bg-white/5"
      data-testid="photo-placeholder"
    >
      <ImageIcon className="size-8" aria-hidden />
      <span className="text-sm font-medium">{t("photo")}</span>
      <span className="text-xs">{t("photoNotKept")}</span>
    </div>
  );
}
