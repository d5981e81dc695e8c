"use client";

import { useState } from "react";
import type { CustomerAction } from "@/lib/simulator/customer-action";
import type { TranscriptEntry } from "@/lib/simulator/transcript";
import { SimulatorPane } from "../pane/simulator-pane";
import { storyEntries } from "./story-entries";
import { storyState } from "./story-state";

const NOW = Date.UTC(2025, 4, 12, 11, 0);
const LABELS: Record<string, string> = {
  start: "Start",
  offer: "Welcome offer",
  "ask-email": "Ask e-mail",
  lookup: "Look up order",
};

/**
 * Development-only gallery of the simulator pane (app/dev/simulator). Customer actions are
 * appended as they are, without a bot: it shows how things look, not how flows run.
 */
export function SimulatorStory({ origin }: { origin: string }) {
  const [entries, setEntries] = useState<TranscriptEntry[]>(() => storyEntries(NOW, origin));
  const [debugOpen, setDebugOpen] = useState(true);
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
  const ignore = () => undefined;
  return (
    <div className="bg-background flex min-h-dvh justify-center p-6">
      <div className="h-[calc(100dvh-3rem)] w-[420px] overflow-hidden rounded-xl border shadow-lg">
        <SimulatorPane
          businessName="Tulp & Co"
          state={storyState(NOW, entries)}
          busy={false}
          blockingErrors={0}
          clock={NOW}
          selectedNodeId="offer"
          debugOpen={debugOpen}
          declaredVariables={["email", "shop_name", "status"]}
          nodeLabel={(id) => LABELS[id] ?? null}
          onAction={onAction}
          onRestart={ignore}
          onStartFromSelected={ignore}
          onSkipDelay={ignore}
          onAdvanceClock={ignore}
          onToggleDebug={() => setDebugOpen((open) => !open)}
          onSetVariable={ignore}
          onEditContact={ignore}
        />
      </div>
    </div>
  );
}
