"use client";

import { Eye } from "lucide-react";
import { useTranslations } from "next-intl";
import { useLayoutEffect, useMemo, useRef, type ComponentType } from "react";
import {
  definedVariables,
  nodeRegistry,
  type Flow,
  type FlowNode,
  type NodeDataOf,
  type NodeType,
  type Problem,
} from "@/lib/flow";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { groupStyle } from "../node-group-style";
import { NodeIcon } from "../node-icon";
import { pickLocalized, useUiLocale } from "../nodes/use-ui-locale";
import { FieldProblems } from "./fields/field-problems";
import { FLOW_ENUMS } from "./flow-enums";
import type { FormProps } from "./forms/form-kit";
import { InspectorScope, type InspectorScopeValue } from "./inspector-scope";
import { NODE_FORMS } from "./node-forms";

function NodeForm<K extends NodeType>({
  type,
  data,
  onChange,
}: {
  type: K;
  data: NodeDataOf<K>;
  onChange: (data: NodeDataOf<K>) => void;
}) {
  const Form: ComponentType<FormProps<K>> = NODE_FORMS[type];
  return <Form data={data} onChange={onChange} />;
}

export interface NodeInspectorProps {
  flow: Flow;
  node: FlowNode;
  /** validateFlow's problems (of the whole flow or of this node; others are ignored). */
  problems: readonly Problem[];
  readOnly: boolean;
  /** The node's complete new data after an edit. */
  onChange: (data: FlowNode["data"]) => void;
}

/**
 * The form for every field of the selected node, laid out per type; values, limits and choices come
 * from lib/flow, and validateFlow's problems show beside the field they are about.
 */
export function NodeInspector({ flow, node, problems, readOnly, onChange }: NodeInspectorProps) {
  const t = useTranslations("inspector");
  const locale = useUiLocale();
  const meta = nodeRegistry[node.type].meta;
  const nodeProblems = useMemo(
    () => problems.filter((p) => p.nodeId === node.id),
    [problems, node.id],
  );
  const variables = useMemo(
    () => [...definedVariables(flow)].sort((a, b) => a.localeCompare(b)),
    [flow],
  );
  const scope = useMemo<InspectorScopeValue>(
    () => ({
      flow,
      nodeId: node.id,
      problems: nodeProblems,
      locale,
      variables,
      contactReferences: FLOW_ENUMS.contactReferences,
    }),
    [flow, node.id, nodeProblems, locale, variables],
  );

  // Every problem is listed on top, and the ones a field of the form shows are hidden there:
  // what remains is about connections, reachability, or a field this layout lacks. Done on the DOM
  // after each render because only the rendered form knows which fields it has.
  const formRef = useRef<HTMLFieldSetElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const summary = summaryRef.current;
    if (!summary) return;
    const fields = new Set<string>();
    formRef.current?.querySelectorAll("[data-field]").forEach((element) => {
      fields.add(element.getAttribute("data-field") ?? "");
    });
    let visible = 0;
    summary.querySelectorAll("[data-problem-field]").forEach((item) => {
      if (!(item instanceof HTMLElement)) return;
      const field = item.dataset.problemField ?? "";
      item.hidden = field !== "" && fields.has(field);
      if (!item.hidden) visible++;
    });
    summary.hidden = visible === 0;
  });

  return (
    <InspectorScope value={scope}>
      <div className="flex min-h-0 flex-col" data-testid="node-inspector">
        <header className="grid gap-2 border-b px-4 py-3">
          <div className="flex items-center gap-2">
            <span
              className={cn(
                "grid size-7 shrink-0 place-items-center rounded-md",
                groupStyle[meta.group].tile,
              )}
            >
              <NodeIcon type={node.type} className="size-4" />
            </span>
            <div className="min-w-0 flex-1">
              <h2 className="truncate text-sm font-semibold">
                {pickLocalized(meta.label, locale)}
              </h2>
              <p className="text-muted-foreground truncate font-mono text-[11px]">{node.id}</p>
            </div>
            {readOnly ? (
              <Badge>
                <Eye className="size-3" />
                {t("readOnly")}
              </Badge>
            ) : null}
          </div>
          <p className="text-muted-foreground text-xs">{pickLocalized(meta.description, locale)}</p>
          {nodeProblems.length > 0 ? (
            <div
              ref={summaryRef}
              className="bg-muted/60 rounded-md p-2"
              data-testid="node-problems"
            >
              <FieldProblems problems={nodeProblems} tagFields />
            </div>
          ) : null}
        </header>
        <fieldset ref={formRef} disabled={readOnly} className="min-w-0">
          <NodeForm key={node.id} type={node.type} data={node.data} onChange={onChange} />
        </fieldset>
      </div>
    </InspectorScope>
  );
}
