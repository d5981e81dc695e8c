"use client";

import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { ArrowLeft, Eye } from "lucide-react";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import Link from "next/link";
import { useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { parseFlow } from "@/lib/flow";

interface FlowEditorProps {
  slug: string;
  flow: { id: string; name: string; document: unknown };
  readOnly: boolean;
}

export function FlowEditor({ slug, flow, readOnly }: FlowEditorProps) {
  const t = useTranslations("editor");
  const { resolvedTheme } = useTheme();
  const parsed = useMemo(() => parseFlow(flow.document), [flow.document]);
  const nodes = parsed.ok ? parsed.flow.nodes : [];
  const edges = parsed.ok ? parsed.flow.edges : [];
  return (
    <div className="flex h-dvh flex-col">
      <header className="bg-card flex h-14 shrink-0 items-center gap-3 border-b px-3">
        <Button asChild variant="ghost" size="icon-sm" aria-label={t("back")}>
          <Link href={`/w/${slug}/flows`}>
            <ArrowLeft />
          </Link>
        </Button>
        <h1 className="truncate font-semibold" data-testid="editor-flow-name">
          {flow.name}
        </h1>
        {readOnly ? (
          <Badge>
            <Eye className="size-3" />
            {t("readOnly")}
          </Badge>
        ) : null}
      </header>
      <div className="relative flex-1" data-testid="flow-canvas">
        <ReactFlowProvider>
          <ReactFlow
            defaultNodes={nodes}
            defaultEdges={edges}
            fitView
            fitViewOptions={{ maxZoom: 1 }}
            colorMode={resolvedTheme === "dark" ? "dark" : "light"}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
          >
            <Background gap={20} />
            <Controls showInteractive={false} />
            <MiniMap pannable zoomable />
          </ReactFlow>
        </ReactFlowProvider>
      </div>
    </div>
  );
}
