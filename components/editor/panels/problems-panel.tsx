"use client";

import { ChevronRight, CircleAlert, CircleCheck, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { indexFlow, nodeRegistry, type Flow, type FlowNode, type Problem } from "@/lib/flow";
import { cn } from "@/components/ui/cn";
import { NodeIcon } from "../node-icon";
import { pickLocalized, useUiLocale } from "../nodes/use-ui-locale";

export interface ProblemsPanelProps {
  flow: Flow;
  problems: readonly Problem[];
  /** Called with the node a problem is about (for a connection: the node it leaves from). */
  onSelectNode: (nodeId: string) => void;
}

const SEVERITIES = ["error", "warning"] as const;

/** The node a problem points at: its own, or the source of the connection it is about. */
function problemNode(
  problem: Problem,
  flow: Flow,
  byId: ReadonlyMap<string, FlowNode>,
): FlowNode | null {
  if (problem.nodeId !== undefined) return byId.get(problem.nodeId) ?? null;
  if (problem.edgeId !== undefined) {
    const edge = flow.edges.find((e) => e.id === problem.edgeId);
    return edge ? (byId.get(edge.source) ?? null) : null;
  }
  return null;
}

/** Every validation problem of the flow, errors first; clicking one selects its node. */
export function ProblemsPanel({ flow, problems, onSelectNode }: ProblemsPanelProps) {
  const t = useTranslations("problemsPanel");
  const locale = useUiLocale();
  const byId = useMemo(() => indexFlow(flow).nodeById, [flow]);

  if (problems.length === 0) {
    return (
      <div
        className="text-muted-foreground grid place-items-center gap-2 px-6 py-12 text-center text-sm"
        data-testid="problems-panel"
      >
        <CircleCheck className="text-success size-8" aria-hidden />
        {t("none")}
      </div>
    );
  }
  return (
    <div className="grid gap-4 p-3" data-testid="problems-panel">
      {SEVERITIES.map((severity) => {
        const group = problems.filter((p) => p.severity === severity);
        if (group.length === 0) return null;
        const Icon = severity === "error" ? CircleAlert : TriangleAlert;
        return (
          <section
            key={severity}
            className="grid gap-1"
            aria-label={t(severity, { count: group.length })}
          >
            <h3 className="text-muted-foreground flex items-center gap-1.5 px-1 text-[11px] font-semibold tracking-wide uppercase">
              <Icon
                className={cn(
                  "size-3.5",
                  severity === "error" ? "text-destructive" : "text-amber-600 dark:text-amber-300",
                )}
                aria-hidden
              />
              {t(severity, { count: group.length })}
            </h3>
            <ul className="grid gap-0.5">
              {group.map((problem) => {
                const node = problemNode(problem, flow, byId);
                const content = (
                  <>
                    {node ? (
                      <span className="text-muted-foreground flex min-w-0 items-center gap-1.5 text-[11px] font-medium">
                        <NodeIcon type={node.type} className="size-3.5 shrink-0" />
                        <span className="truncate">
                          {pickLocalized(nodeRegistry[node.type].meta.label, locale)}
                          {" · "}
                          <span className="font-mono">{node.id}</span>
                        </span>
                      </span>
                    ) : (
                      <span className="text-muted-foreground text-[11px] font-medium">
                        {t("wholeFlow")}
                      </span>
                    )}
                    <span className="text-sm">{pickLocalized(problem.message, locale)}</span>
                  </>
                );
                return (
                  <li key={problem.id}>
                    {node ? (
                      <button
                        type="button"
                        onClick={() => onSelectNode(node.id)}
                        className="hover:bg-muted group flex w-full items-center gap-2 rounded-lg px-2 py-2 text-left"
                      >
                        <span className="grid min-w-0 flex-1 gap-0.5">{content}</span>
                        <ChevronRight
                          className="text-muted-foreground size-4 shrink-0 opacity-0 group-hover:opacity-100"
                          aria-hidden
                        />
                      </button>
                    ) : (
                      <div className="grid gap-0.5 px-2 py-2">{content}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
