"use client";

import { useTranslations } from "next-intl";
import { Fragment, useEffect, useRef } from "react";
import type { EffectItem, TraceItem } from "@/lib/simulator/simulator-state";
import { TraceLine, type TraceLineProps } from "./trace-line";

/** The trace of the whole sandbox conversation, newest at the bottom, one group per step. */
export function TraceList({
  trace,
  effects,
  nodeLabel,
  onSelectNode,
}: {
  trace: TraceItem[];
  effects: EffectItem[];
  nodeLabel: TraceLineProps["nodeLabel"];
  onSelectNode?: TraceLineProps["onSelectNode"];
}) {
  const t = useTranslations("simulator.trace");
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: "end" });
  }, [trace.length]);
  const effectById = new Map(effects.map((e) => [e.effectId, e]));
  if (trace.length === 0) {
    return <p className="text-muted-foreground p-3 text-xs">{t("empty")}</p>;
  }
  return (
    <ol className="px-3 py-2" data-testid="trace-list">
      {trace.map((item, i) => {
        const effectId = "effectId" in item.entry ? item.entry.effectId : undefined;
        return (
          <Fragment key={item.id}>
            {i === 0 || trace[i - 1]?.step !== item.step ? (
              <li className="text-muted-foreground mt-2 border-t pt-1 text-[10px] font-medium tracking-wide uppercase first:mt-0 first:border-t-0">
                {t("step", { step: item.step })}
              </li>
            ) : null}
            <TraceLine
              entry={item.entry}
              nodeLabel={nodeLabel}
              onSelectNode={onSelectNode}
              effect={effectId ? effectById.get(effectId) : undefined}
            />
          </Fragment>
        );
      })}
      <div ref={end} />
    </ol>
  );
}
