"use client";

import { useTranslations } from "next-intl";
import type { JsonValue } from "@/lib/flow";
import type { CustomerAction } from "@/lib/simulator/customer-action";
import type { SimulatorState } from "@/lib/simulator/simulator-state";
import type { TranscriptEntry } from "@/lib/simulator/transcript";
import { ChatPane } from "../chat/chat-pane";
import type { ContactEdit } from "@/lib/simulator/simulator-action";
import { DebugDrawer } from "../debug/debug-drawer";
import type { TraceLineProps } from "../debug/trace-line";
import { ResizeHandle } from "./resize-handle";
import { SimulatorToolbar } from "./simulator-toolbar";
import { useStoredSize } from "./use-stored-size";
import { ValidationBanner } from "./validation-banner";

export interface SimulatorPaneProps {
  businessName: string;
  state: SimulatorState | null;
  /** Shown at the end of the chat (a failed request): the pane never goes blank. */
  extraEntries?: TranscriptEntry[];
  busy: boolean;
  /** Errors that stop the run (validation), or 0. */
  blockingErrors: number;
  clock: number;
  selectedNodeId: string | null;
  debugOpen: boolean;
  declaredVariables: string[];
  nodeLabel: TraceLineProps["nodeLabel"];
  onAction(action: CustomerAction): void;
  onRestart(): void;
  onStartFromSelected(): void;
  onSkipDelay(): void;
  onAdvanceClock(ms: number): void;
  onToggleDebug(): void;
  onSetVariable(name: string, value: JsonValue): void;
  onEditContact(edit: ContactEdit): void;
  onShowProblems?(): void;
  onSelectNode?(nodeId: string): void;
  onClose?(): void;
}

/** The simulator: its toolbar, the WhatsApp chat, and the debug drawer under it. */
export function SimulatorPane(props: SimulatorPaneProps) {
  const { state } = props;
  const t = useTranslations("simulator.debug");
  const [drawerHeight, setDrawerHeight] = useStoredSize("sohbet.simulator.drawer", 260, 120, 600);
  const entries = [...(state?.transcript ?? []), ...(props.extraEntries ?? [])];
  return (
    <section className="bg-background flex h-full min-h-0 flex-col" data-testid="simulator-pane">
      <SimulatorToolbar
        clock={props.clock}
        busy={props.busy}
        canSkipDelay={state?.wait?.kind === "timer"}
        canStartFromSelected={props.selectedNodeId !== null}
        debugOpen={props.debugOpen}
        onRestart={props.onRestart}
        onStartFromSelected={props.onStartFromSelected}
        onSkipDelay={props.onSkipDelay}
        onAdvanceClock={props.onAdvanceClock}
        onToggleDebug={props.onToggleDebug}
        onClose={props.onClose}
      />
      <ChatPane
        className="min-h-0 flex-1"
        businessName={props.businessName}
        entries={entries}
        now={props.clock}
        busy={props.busy}
        disabled={props.blockingErrors > 0}
        onAction={props.onAction}
        banner={
          props.blockingErrors > 0 ? (
            <ValidationBanner errors={props.blockingErrors} onShowProblems={props.onShowProblems} />
          ) : null
        }
      />
      {props.debugOpen ? (
        <>
          <ResizeHandle
            orientation="horizontal"
            edge="start"
            size={drawerHeight}
            min={120}
            max={600}
            label={t("resize")}
            onResize={setDrawerHeight}
          />
          <div className="min-h-0 shrink-0" style={{ height: drawerHeight }}>
            <DebugDrawer
              state={state}
              declaredVariables={props.declaredVariables}
              nodeLabel={props.nodeLabel}
              onSelectNode={props.onSelectNode}
              onSetVariable={props.onSetVariable}
              onEditContact={props.onEditContact}
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
