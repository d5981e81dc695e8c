"use client";

import { useState } from "react";
import type { CustomerAction } from "@/lib/simulator/customer-action";
import type { TranscriptEntry } from "@/lib/simulator/transcript";
import { ChatPane } from "../chat/chat-pane";
import { storyEntries } from "./story-entries";

const NOW = Date.UTC(2025, 4, 12, 11, 0);

/**
 * Development-only gallery of the chat (app/dev/simulator). Customer actions are appended as they
 * are, without a bot: it shows how things look, not how flows run.
 */
export function SimulatorStory({ origin }: { origin: string }) {
  const [entries, setEntries] = useState<TranscriptEntry[]>(() => storyEntries(NOW, origin));
  const onAction = (action: CustomerAction) => {
    setEntries((list) => [
      ...list,
      action.type === "api_start"
        ? {
            kind: "notice",
            id: `n${list.length}`,
            at: NOW,
            notice: { type: "api_start", variables: action.variables },
          }
        : {
            kind: "customer",
            id: `c${list.length}`,
            at: NOW,
            status: "read",
            message: { ...action.message, id: `wamid.story${list.length}`, timestamp: NOW },
          },
    ]);
  };
  return (
    <div className="bg-background flex min-h-dvh justify-center p-6">
      <div className="h-[calc(100dvh-3rem)] w-[420px] overflow-hidden rounded-xl border shadow-lg">
        <ChatPane businessName="Tulp & Co" entries={entries} now={NOW} onAction={onAction} />
      </div>
    </div>
  );
}
