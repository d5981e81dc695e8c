"use client";

import { Handle, Position, type NodeProps, type NodeTypes } from "@xyflow/react";
import { useLocale } from "next-intl";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { indexFlow, nodeRegistry, nodeTypes, outputPorts } from "@/lib/flow";
import { groupStyle } from "../node-group-style";
import { NodeIcon } from "../node-icon";
import { useEditor } from "../store/editor-store-context";
import type { CanvasNode } from "./react-flow-elements";

// Temporary card until the node cards of components/editor/nodes land; same handle contract.
const FallbackNode = memo(function FallbackNode({ id, selected }: NodeProps<CanvasNode>) {
  const node = useEditor((state) => indexFlow(state.flow).nodeById.get(id));
  const locale = useLocale() === "tr" ? "tr" : "en";
  if (node === undefined) return null;
  const meta = nodeRegistry[node.type].meta;
  const ports = outputPorts(node);
  return (
    <div
      className={cn("bg-card w-60 rounded-xl border shadow-sm", selected && "ring-primary ring-2")}
    >
      <Handle type="target" position={Position.Left} />
      <div className="flex items-center gap-2 border-b px-3 py-2">
        <span
          className={cn("grid size-6 place-items-center rounded-md", groupStyle[meta.group].tile)}
        >
          <NodeIcon type={node.type} className="size-3.5" />
        </span>
        <span className="text-sm font-medium">{meta.label[locale]}</span>
      </div>
      <div className="grid gap-1 py-2">
        {ports.map((port) => (
          <div key={port.id} className="relative px-3 text-right text-xs">
            {port.label[locale]}
            <Handle type="source" id={port.id} position={Position.Right} />
          </div>
        ))}
      </div>
    </div>
  );
});

export const fallbackNodeTypes: NodeTypes = Object.fromEntries(
  nodeTypes.map((type) => [type, FallbackNode]),
);
