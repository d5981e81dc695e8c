"use client";

import { BadgeCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 1 ? `${words[0]?.[0] ?? ""}${words[1]?.[0] ?? ""}` : name.slice(0, 2)
  ).toLocaleUpperCase();
}

/** WhatsApp's chat header: the business's avatar and name, "typing…" while the bot answers. */
export function ChatHeader({
  businessName,
  busy,
  children,
}: {
  businessName: string;
  busy: boolean;
  /** Simulator controls at the right. */
  children?: ReactNode;
}) {
  const t = useTranslations("simulator.chat");
  return (
    <div className="bg-wa-header text-wa-header-foreground flex h-14 shrink-0 items-center gap-3 px-3">
      <span
        aria-hidden
        className="flex size-9 shrink-0 items-center justify-center rounded-full bg-white/20 text-sm font-semibold"
      >
        {initials(businessName)}
      </span>
      <div className="min-w-0 flex-1">
        <p
          className="flex items-center gap-1 truncate text-[15px] font-medium"
          data-testid="chat-business-name"
        >
          <span className="truncate">{businessName}</span>
          <BadgeCheck
            className="size-4 shrink-0 fill-[#25d366] text-white dark:text-[#202c33]"
            aria-label={t("businessAccount")}
          />
        </p>
        <p className="truncate text-xs opacity-80">{busy ? t("typing") : t("businessAccount")}</p>
      </div>
      {children}
    </div>
  );
}
