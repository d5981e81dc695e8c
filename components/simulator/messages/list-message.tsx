"use client";

import { List } from "lucide-react";
import { LIMITS } from "@/lib/flow";
import { useChatActions } from "../chat/chat-actions";
import { OverLimitText } from "../limits/over-limit-text";
import type { OutboundViolations } from "../limits/outbound-violations";
import { ActionRow } from "./action-row";

/** The list message's button; the sections and rows open in a sheet, as on a phone. */
export function ListButton({
  entryId,
  label,
  violations,
}: {
  entryId: string;
  label: string;
  violations: OutboundViolations;
}) {
  const { openList, disabled } = useChatActions();
  const over = violations.at("interactive.action.button");
  return (
    <ActionRow
      icon={<List />}
      disabled={disabled}
      onClick={() => openList(entryId)}
      className={over ? "text-red-600 dark:text-red-400" : undefined}
    >
      <OverLimitText text={label} limit={over ? LIMITS.listButtonLabel : undefined} />
    </ActionRow>
  );
}
