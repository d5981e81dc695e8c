"use client";

import { AlertTriangle, Clock, Info, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import type { ChatNotice } from "@/lib/simulator/transcript";

function duration(ms: number): { hours: number; minutes: number } {
  const minutes = Math.round(ms / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** WhatsApp-style centred notice: what happened around the messages, never a blank pane. */
export function SystemNotice({ notice }: { notice: ChatNotice }) {
  const t = useTranslations("simulator.notices");
  const reasons = useTranslations("simulator.endReasons");
  let icon: ReactNode = <Info />;
  let text: ReactNode;
  let tone: "info" | "warning" | "error" = "info";
  switch (notice.type) {
    case "api_start": {
      const names = Object.keys(notice.variables);
      text = names.length > 0 ? t("apiStartWith", { variables: names.join(", ") }) : t("apiStart");
      break;
    }
    case "window_closed":
      icon = <Clock />;
      tone = "warning";
      text = t("windowClosed");
      break;
    case "clock_advanced":
      icon = <Clock />;
      text = t("clockAdvanced", duration(notice.byMs));
      break;
    case "delay_skipped":
      icon = <Clock />;
      text = t("delaySkipped");
      break;
    case "session_ended":
      text = t("sessionEnded", {
        reason: reasons.has(notice.reason) ? reasons(notice.reason) : notice.reason,
      });
      break;
    case "handoff":
      icon = <UserRound />;
      text = notice.team ? t("handoffTeam", { team: notice.team }) : t("handoff");
      break;
    case "no_trigger_match":
      tone = "warning";
      text = t("noTriggerMatch");
      break;
    case "runtime_error":
      icon = <AlertTriangle />;
      tone = "error";
      text = t("runtimeError", { message: notice.message });
      break;
  }
  return (
    <div className="flex justify-center" data-testid="system-notice" data-notice={notice.type}>
      <p
        role={tone === "error" ? "alert" : undefined}
        className={cn(
          "flex max-w-[90%] items-start gap-1.5 rounded-lg px-3 py-1.5 text-center text-[12.5px] leading-snug shadow-[0_1px_0.5px_rgb(11_20_26/0.13)] [&_svg]:mt-0.5 [&_svg]:size-3.5 [&_svg]:shrink-0",
          tone === "error"
            ? "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200"
            : "bg-wa-notice text-wa-notice-foreground",
        )}
      >
        {icon}
        <span>{text}</span>
      </p>
    </div>
  );
}
