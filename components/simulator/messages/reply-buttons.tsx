"use client";

import { Reply } from "lucide-react";
import { LIMITS } from "@/lib/flow";
import { useChatActions } from "../chat/chat-actions";
import { OverLimitText } from "../limits/over-limit-text";
import type { OutboundViolations } from "../limits/outbound-violations";
import { ActionRow } from "./action-row";

/**
 * Reply buttons under an interactive message (or a template's quick replies). A tap sends the
 * button back as the customer, quoting the message, as WhatsApp does.
 */
export function ReplyButtons({
  entryId,
  buttons,
  violations,
  pathOf,
}: {
  entryId: string;
  buttons: { id: string; title: string }[];
  violations?: OutboundViolations;
  /** Cloud API path of button n's title, for flagging it. */
  pathOf?: (n: number) => string;
}) {
  const { send, disabled } = useChatActions();
  return (
    <div data-testid="reply-buttons">
      {buttons.map((button, n) => {
        const over = pathOf ? violations?.at(pathOf(n)) : undefined;
        return (
          <ActionRow
            key={`${n}:${button.id}`}
            icon={<Reply />}
            disabled={disabled}
            className={over ? "text-red-600 dark:text-red-400" : undefined}
            onClick={() =>
              send({
                type: "message",
                message: {
                  kind: "button",
                  buttonId: button.id,
                  title: button.title,
                  replyTo: entryId,
                },
              })
            }
          >
            <OverLimitText text={button.title} limit={over ? LIMITS.buttonTitle : undefined} />
          </ActionRow>
        );
      })}
    </div>
  );
}
