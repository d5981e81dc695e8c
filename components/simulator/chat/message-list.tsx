"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Fragment, useEffect, useMemo, useRef } from "react";
import type { BusinessEntry, TranscriptEntry } from "@/lib/simulator/transcript";
import { BusinessMessage } from "../messages/business-message";
import { CustomerMessage } from "../messages/customer-message";
import { DaySeparator } from "./day-separator";
import { SystemNotice } from "./system-notice";
import { TypingIndicator } from "./typing-indicator";

function sideOf(entry: TranscriptEntry | undefined): string | null {
  return entry && entry.kind !== "notice" ? entry.kind : null;
}

/** The scrolling conversation: day chips, bubbles (tail on the first of a run), notices. */
export function MessageList({
  entries,
  now,
  busy,
  businessName,
}: {
  entries: TranscriptEntry[];
  now: number;
  busy: boolean;
  businessName: string;
}) {
  const t = useTranslations("simulator.chat");
  const format = useFormatter();
  const dayOf = (ms: number) =>
    format.dateTime(ms, { year: "numeric", month: "numeric", day: "numeric" });
  const business = useMemo(() => {
    const byId = new Map<string, BusinessEntry>();
    for (const e of entries) if (e.kind === "business") byId.set(e.id, e);
    return byId;
  }, [entries]);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: "end" });
  }, [entries.length, busy]);

  return (
    <div
      className="flex flex-col gap-1 px-[5%] py-3"
      role="log"
      aria-live="polite"
      aria-label={t("conversation")}
      data-testid="chat-log"
    >
      {entries.length === 0 && !busy ? (
        <p className="bg-wa-notice text-wa-notice-foreground mx-auto mt-4 max-w-[85%] rounded-lg px-3 py-2 text-center text-[12.5px] shadow-[0_1px_0.5px_rgb(11_20_26/0.13)]">
          {t("empty")}
        </p>
      ) : null}
      {entries.map((entry, i) => {
        const previous = entries[i - 1];
        const newDay = !previous || dayOf(previous.at) !== dayOf(entry.at);
        const tail = newDay || sideOf(previous) !== sideOf(entry);
        return (
          <Fragment key={entry.id}>
            {newDay ? <DaySeparator at={entry.at} now={now} dayOf={dayOf} /> : null}
            <div className={tail && i > 0 && !newDay ? "mt-2" : undefined}>
              {entry.kind === "business" ? (
                <BusinessMessage entry={entry} tail={tail} />
              ) : entry.kind === "customer" ? (
                <CustomerMessage
                  entry={entry}
                  tail={tail}
                  businessName={businessName}
                  quoted={entry.message.replyTo ? business.get(entry.message.replyTo) : undefined}
                />
              ) : (
                <div className="my-1">
                  <SystemNotice notice={entry.notice} />
                </div>
              )}
            </div>
          </Fragment>
        );
      })}
      {busy ? (
        <div className="mt-2">
          <TypingIndicator />
        </div>
      ) : null}
      <div ref={end} />
    </div>
  );
}
