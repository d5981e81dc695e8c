"use client";

import { Check, CheckCheck } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { CustomerStatus } from "@/lib/simulator/transcript";

/** Time and, on the customer's own messages, WhatsApp's ticks: sent, delivered, read (blue). */
export function MessageMeta({
  at,
  status,
  overlay = false,
}: {
  at: number;
  status?: CustomerStatus;
  /** Over a photo: white on a shadow, as WhatsApp does. */
  overlay?: boolean;
}) {
  const format = useFormatter();
  const t = useTranslations("simulator.status");
  // As the phone shows it: "9:30 AM" in English, "09:30" in Turkish.
  const hour = useLocale() === "tr" ? "2-digit" : "numeric";
  return (
    <span
      className={cn(
        "inline-flex items-center gap-0.5 text-[11px] leading-none whitespace-nowrap tabular-nums",
        overlay ? "text-white drop-shadow" : "text-wa-meta",
      )}
      data-testid="message-time"
    >
      {format.dateTime(at, { hour, minute: "2-digit" })}
      {status === "sent" ? <Check className="size-3.5" aria-label={t("sent")} /> : null}
      {status === "delivered" ? (
        <CheckCheck className="size-3.5" aria-label={t("delivered")} />
      ) : null}
      {status === "read" ? (
        <CheckCheck className="text-wa-tick-read size-3.5" aria-label={t("read")} />
      ) : null}
    </span>
  );
}
