"use client";

import { useTranslations } from "next-intl";
import { Bubble } from "./bubble";

/** "typing…" dots while the bot works on an answer (effects, HTTP calls). */
export function TypingIndicator() {
  const t = useTranslations("simulator.chat");
  return (
    <Bubble side="in" tail className="min-w-0" data-testid="typing-indicator">
      <span
        className="flex h-[19px] items-center gap-1 px-1"
        role="status"
        aria-label={t("typing")}
      >
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="bg-wa-meta size-1.5 animate-bounce rounded-full"
            style={{ animationDelay: `${delay}ms` }}
          />
        ))}
      </span>
    </Bubble>
  );
}
