"use client";

import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import type { JsonValue } from "@/lib/flow";
import type { SimulatorState } from "@/lib/simulator/simulator-state";
import type { ContactEdit } from "@/lib/simulator/simulator-action";
import { ContactEditor } from "./contact-editor";
import type { TraceLineProps } from "./trace-line";
import { TraceList } from "./trace-list";
import { VariablesEditor } from "./variables-editor";

const tabClass =
  "text-muted-foreground data-[state=active]:text-foreground data-[state=active]:border-primary -mb-px border-b-2 border-transparent px-3 py-2 text-xs font-medium";

/** Under the chat: the trace, the session's variables and the sandbox contact, all live. */
export function DebugDrawer({
  state,
  declaredVariables,
  nodeLabel,
  onSelectNode,
  onSetVariable,
  onEditContact,
}: {
  state: SimulatorState | null;
  declaredVariables: string[];
  nodeLabel: TraceLineProps["nodeLabel"];
  onSelectNode?: TraceLineProps["onSelectNode"];
  onSetVariable(name: string, value: JsonValue): void;
  onEditContact(edit: ContactEdit): void;
}) {
  const t = useTranslations("simulator.debug");
  const hasSession = state !== null && state.status !== "idle";
  return (
    <Tabs.Root
      defaultValue="trace"
      className="bg-card flex h-full min-h-0 flex-col"
      data-testid="debug-drawer"
    >
      <Tabs.List className="flex shrink-0 border-b px-1" aria-label={t("label")}>
        <Tabs.Trigger value="trace" className={tabClass}>
          {t("trace")}
        </Tabs.Trigger>
        <Tabs.Trigger value="variables" className={tabClass}>
          {t("variables")}
        </Tabs.Trigger>
        <Tabs.Trigger value="contact" className={tabClass}>
          {t("contactTab")}
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="trace" className="min-h-0 flex-1 overflow-y-auto">
        <TraceList
          trace={state?.trace ?? []}
          effects={state?.effects ?? []}
          nodeLabel={nodeLabel}
          onSelectNode={onSelectNode}
        />
      </Tabs.Content>
      <Tabs.Content value="variables" className="min-h-0 flex-1 overflow-y-auto">
        <VariablesEditor
          variables={state?.variables ?? {}}
          declared={declaredVariables}
          disabled={!hasSession}
          onSet={onSetVariable}
        />
      </Tabs.Content>
      <Tabs.Content value="contact" className="min-h-0 flex-1 overflow-y-auto">
        {state ? (
          <ContactEditor contact={state.contact} onEdit={onEditContact} />
        ) : (
          <p className="text-muted-foreground p-3 text-xs">{t("noSession")}</p>
        )}
      </Tabs.Content>
    </Tabs.Root>
  );
}
