"use client";

import { useTranslations } from "next-intl";
import type { Flow, Problem, TemplateNode } from "@/lib/flow";
import { Field } from "@/components/ui/field";
import { fieldControlClass } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { pickLocalized, useUiLocale } from "../nodes/use-ui-locale";

export interface FlowSettingsPanelProps {
  flow: Flow;
  problems: readonly Problem[];
  readOnly: boolean;
  /** The whole new document after a change (one undo step each). */
  onChange: (flow: Flow) => void;
}

const WINDOW_CLOSED_FIELD = "settings.windowClosedTemplateNodeId";

/** The flow's own template steps: only a template may be sent once the 24-hour window has closed. */
export function templateNodesOf(flow: Flow): TemplateNode[] {
  return flow.nodes.flatMap((node) => (node.type === "template" ? [node] : []));
}

/** Flow-wide settings; today what to send when WhatsApp says the 24-hour window has closed. */
export function FlowSettingsPanel({ flow, problems, readOnly, onChange }: FlowSettingsPanelProps) {
  const t = useTranslations("flowSettingsPanel");
  const locale = useUiLocale();
  const templates = templateNodesOf(flow);
  const value = flow.settings.windowClosedTemplateNodeId;
  const missing = value !== "" && !templates.some((node) => node.id === value);
  const mine = problems.filter((p) => p.field === WINDOW_CLOSED_FIELD);
  const error = mine.find((p) => p.severity === "error");
  const warning = mine.find((p) => p.severity === "warning");
  return (
    <div className="grid gap-4 p-3" data-testid="flow-settings-panel">
      <Field
        label={t("windowClosed.label")}
        hint={
          warning
            ? pickLocalized(warning.message, locale)
            : templates.length === 0
              ? t("windowClosed.noTemplates")
              : t("windowClosed.hint")
        }
        error={error ? pickLocalized(error.message, locale) : undefined}
      >
        {(control) => (
          <select
            {...control}
            value={value}
            disabled={readOnly}
            onChange={(e) =>
              onChange({
                ...flow,
                settings: { ...flow.settings, windowClosedTemplateNodeId: e.target.value },
              })
            }
            className={cn(fieldControlClass, "h-9 pr-8")}
          >
            <option value="">{t("windowClosed.none")}</option>
            {missing ? <option value={value}>{t("windowClosed.missing")}</option> : null}
            {templates.map((node) => (
              <option key={node.id} value={node.id}>
                {node.data.name.trim() === ""
                  ? t("windowClosed.unnamed", { id: node.id })
                  : t("windowClosed.option", { name: node.data.name, id: node.id })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
