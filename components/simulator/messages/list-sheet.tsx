"use client";

import { SendHorizontal, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as D, RadioGroup } from "radix-ui";
import { useState } from "react";
import { LIMITS, type OutboundMessage } from "@/lib/flow";
import { charCount } from "@/lib/whatsapp/client/char-count";
import type { CustomerMessage } from "@/lib/simulator/customer-action";
import { OverLimitText } from "../limits/over-limit-text";

type ListMessage = Extract<OutboundMessage, { type: "list" }>;

/**
 * The sheet a list message's button opens: sections, rows with their descriptions, one choice,
 * then send — the way WhatsApp asks for it. Opens inside the chat pane, not over the whole app.
 */
export function ListSheet({
  message,
  entryId,
  container,
  onClose,
  onPick,
}: {
  message: ListMessage;
  entryId: string;
  container: HTMLElement | null;
  onClose(): void;
  onPick(message: CustomerMessage): void;
}) {
  const t = useTranslations("simulator.list");
  const [choice, setChoice] = useState<string>("");
  const rows = message.sections.flatMap((s, si) =>
    s.rows.map((row, ri) => ({ ...row, key: `${si}:${ri}` })),
  );
  const picked = rows.find((r) => r.key === choice);
  return (
    <D.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <D.Portal container={container}>
        <D.Overlay className="absolute inset-0 z-30 bg-black/40" />
        <D.Content
          className="bg-wa-sheet text-wa-text absolute inset-x-0 bottom-0 z-40 flex max-h-[80%] flex-col rounded-t-2xl shadow-2xl focus:outline-none"
          data-testid="list-sheet"
          aria-describedby={undefined}
        >
          <div className="border-wa-divider relative flex items-center justify-center border-b px-12 py-3">
            <D.Close
              className="text-wa-meta absolute left-3 rounded-full p-1 hover:bg-black/5 dark:hover:bg-white/5"
              aria-label={t("close")}
            >
              <X className="size-5" />
            </D.Close>
            <D.Title className="truncate text-[16px] font-medium">
              <OverLimitText
                text={message.buttonLabel}
                limit={
                  charCount(message.buttonLabel) > LIMITS.listButtonLabel
                    ? LIMITS.listButtonLabel
                    : undefined
                }
              />
            </D.Title>
          </div>
          <RadioGroup.Root
            value={choice}
            onValueChange={setChoice}
            className="flex-1 overflow-y-auto py-2"
            aria-label={message.buttonLabel}
          >
            {message.sections.map((section, si) => (
              <div key={si} role="group" aria-label={section.title}>
                {section.title ? (
                  <p className="px-5 pt-3 pb-1 text-[13px] font-medium text-[#008069] dark:text-[#00a884]">
                    <OverLimitText
                      text={section.title}
                      limit={
                        charCount(section.title) > LIMITS.listSectionTitle
                          ? LIMITS.listSectionTitle
                          : undefined
                      }
                    />
                  </p>
                ) : null}
                {section.rows.map((row, ri) => (
                  <RadioGroup.Item
                    key={ri}
                    value={`${si}:${ri}`}
                    className="group flex w-full items-center gap-3 px-5 py-2.5 text-left hover:bg-black/[0.03] dark:hover:bg-white/[0.04]"
                    data-testid="list-row"
                  >
                    <span className="min-w-0 flex-1">
                      <span className="block text-[15px] break-words">
                        <OverLimitText
                          text={row.title}
                          limit={
                            charCount(row.title) > LIMITS.listRowTitle
                              ? LIMITS.listRowTitle
                              : undefined
                          }
                        />
                      </span>
                      {row.description ? (
                        <span className="text-wa-meta block text-[13px] break-words">
                          <OverLimitText
                            text={row.description}
                            limit={
                              charCount(row.description) > LIMITS.listRowDescription
                                ? LIMITS.listRowDescription
                                : undefined
                            }
                          />
                        </span>
                      ) : null}
                    </span>
                    <span className="border-wa-meta group-data-[state=checked]:border-wa-send flex size-5 shrink-0 items-center justify-center rounded-full border-2">
                      <RadioGroup.Indicator className="bg-wa-send size-2.5 rounded-full" />
                    </span>
                  </RadioGroup.Item>
                ))}
              </div>
            ))}
          </RadioGroup.Root>
          <div className="border-wa-divider flex justify-end border-t px-4 py-3">
            <button
              type="button"
              disabled={!picked}
              aria-label={t("send")}
              className="bg-wa-send flex size-12 items-center justify-center rounded-full text-white shadow-md disabled:opacity-40"
              onClick={() => {
                if (!picked) return;
                onPick({
                  kind: "list",
                  rowId: picked.id,
                  title: picked.title,
                  description: picked.description,
                  replyTo: entryId,
                });
              }}
            >
              <SendHorizontal className="size-5" />
            </button>
          </div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
