"use client";

import { useFormatter, useTranslations } from "next-intl";

const DAY = 86_400_000;

/** The date chip WhatsApp puts above the first message of each day ("Today", "Yesterday"…). */
export function DaySeparator({
  at,
  now,
  dayOf,
}: {
  at: number;
  now: number;
  dayOf: (ms: number) => string;
}) {
  const t = useTranslations("simulator.days");
  const format = useFormatter();
  const day = dayOf(at);
  const label =
    day === dayOf(now)
      ? t("today")
      : day === dayOf(now - DAY)
        ? t("yesterday")
        : format.dateTime(at, { day: "numeric", month: "long", year: "numeric" });
  return (
    <div className="sticky top-1 z-10 flex justify-center py-1" data-testid="day-separator">
      <span className="bg-wa-chip text-wa-chip-foreground rounded-lg px-3 py-1 text-[12.5px] font-medium uppercase shadow-[0_1px_0.5px_rgb(11_20_26/0.13)]">
        {label}
      </span>
    </div>
  );
}
