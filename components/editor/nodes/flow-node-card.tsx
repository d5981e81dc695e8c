"use client";

import { Handle, Position, useStore, useUpdateNodeInternals } from "@xyflow/react";
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useEffect, useMemo, useRef, type ComponentType } from "react";
import { nodeRegistry, type NodeDataOf, type NodeType } from "@/lib/flow";
import { cn } from "@/components/ui/cn";
import { groupStyle } from "../node-group-style";
import { isZoomedOut } from "../is-zoomed-out";
import { NODE_BODIES, PORT_HEADINGS } from "./node-body";
import { NodeIcon } from "../node-icon";
import { useNodeProblems, useNodesReadOnly } from "./node-problems-context";
import { PortRow } from "./port-row";
import { pickLocalized, useUiLocale } from "./use-ui-locale";

/** The props React Flow gives a custom node that the card uses. */
export interface NodeCardProps<K extends NodeType> {
  id: string;
  data: NodeDataOf<K>;
  selected?: boolean;
}

/** A conversation begins at a start node through its trigger; nothing connects into one. */
export function canBeEntered(type: NodeType): boolean {
  return type !== "start";
}

function sameCard<K extends NodeType>(a: NodeCardProps<K>, b: NodeCardProps<K>): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected;
}

/** Builds the memoized card of one node type; flow-node-types.ts calls it for every registry type. */
export function createNodeCard<K extends NodeType>(type: K) {
  const definition = nodeRegistry[type];
  const Body: ComponentType<{ data: NodeDataOf<K> }> = NODE_BODIES[type];
  const headingsOf = PORT_HEADINGS[type];
  const accent = groupStyle[definition.meta.group].tile;
  const enterable = canBeEntered(type);

  function NodeCard({ id, data, selected }: NodeCardProps<K>) {
    const t = useTranslations("nodeCards");
    const locale = useUiLocale();
    const problems = useNodeProblems(id);
    const readOnly = useNodesReadOnly();
    // Zoomed out, texts are a few pixels tall: the card keeps its size and handles but stops
    // painting its body and port labels, most of what a zoomed-out 1,000-node canvas rasterizes.
    const zoomedOut = useStore(isZoomedOut);
    const ports = useMemo(() => definition.ports(data), [data]);
    const updateNodeInternals = useUpdateNodeInternals();
    const portIds = JSON.stringify(ports.map((port) => port.id));
    const measuredPortIds = useRef(portIds);
    useEffect(() => {
      // React Flow measures a card's handles when it mounts or resizes. An output id edited in
      // place, or outputs reordered, resize nothing: without this, the edge on the new id is not
      // drawn and reordered edges leave from the old rows.
      if (measuredPortIds.current === portIds) return;
      measuredPortIds.current = portIds;
      updateNodeInternals(id);
    }, [id, portIds, updateNodeInternals]);
    const headings = useMemo(() => headingsOf?.(data), [data]);
    const problemPorts = useMemo(
      () => new Set(problems.flatMap((p) => (p.port === undefined ? [] : [p.port]))),
      [problems],
    );
    const errors = problems.filter((p) => p.severity === "error").length;
    const label = pickLocalized(definition.meta.label, locale);

    return (
      <div
        data-testid="node-card"
        data-node-type={type}
        data-selected={selected ? "true" : undefined}
        data-zoomed-out={zoomedOut ? "true" : undefined}
        className={cn(
          "bg-card text-card-foreground relative w-64 rounded-xl border shadow-sm transition-[box-shadow,border-color]",
          errors > 0 && "border-destructive/60",
          selected && "border-primary ring-primary/30 shadow-md ring-3",
        )}
      >
        {enterable ? (
          <Handle
            type="target"
            position={Position.Left}
            isConnectable={!readOnly}
            aria-label={t("input")}
            className="bg-card! border-muted-foreground! top-5! size-3! border-2!"
          />
        ) : null}
        <header className="flex items-center gap-2 px-3 pt-2.5 pb-2">
          <span className={cn("grid size-6 shrink-0 place-items-center rounded-md", accent)}>
            <NodeIcon type={type} className="size-3.5" />
          </span>
          <span className="min-w-0 flex-1 truncate text-xs font-semibold">{label}</span>
          {problems.length > 0 ? (
            <span
              data-testid="node-problem-badge"
              title={problems.map((p) => pickLocalized(p.message, locale)).join("\n")}
              aria-label={t("problems", { count: problems.length })}
              className={cn(
                "inline-flex shrink-0 items-center gap-0.5 rounded-full px-1.5 py-0.5 text-[11px] leading-none font-semibold",
                errors > 0
                  ? "bg-destructive text-destructive-foreground"
                  : "bg-warning text-neutral-900",
              )}
            >
              <TriangleAlert className="size-3" aria-hidden />
              {problems.length}
            </span>
          ) : null}
        </header>
        <div className={cn("px-3 pb-2.5", zoomedOut && "invisible")}>
          <Body data={data} />
        </div>
        {ports.length > 0 ? (
          <div className="grid gap-1 border-t py-1.5">
            {ports.map((port) => (
              <PortRow
                key={port.id}
                id={port.id}
                label={pickLocalized(port.label, locale)}
                required={port.required}
                heading={headings?.get(port.id)}
                hasProblem={problemPorts.has(port.id)}
                connectable={!readOnly}
                hideLabel={zoomedOut}
              />
            ))}
          </div>
        ) : null}
      </div>
    );
  }
  NodeCard.displayName = `NodeCard(${type})`;
  // React Flow also passes the position, z-index and drag state, which change on every frame of a
  // drag; the card shows none of them, so a dragged selection re-renders no card at all.
  return memo(NodeCard, sameCard);
}
