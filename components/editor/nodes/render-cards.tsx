import { ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { NextIntlClientProvider } from "next-intl";
import type { FlowNode, Problem } from "@/lib/flow";
import { catalogs } from "@/lib/i18n/messages";
import { flowNodeTypes } from "./flow-node-types";
import { NodeProblemsProvider } from "./node-problems-context";

/** Test and gallery helper: lib/flow nodes on a React Flow canvas, exactly as the editor passes them. */
export function CardsCanvas({
  nodes,
  problems = [],
  readOnly = false,
  locale = "en",
  zoom = 1,
}: {
  nodes: FlowNode[];
  problems?: Problem[];
  readOnly?: boolean;
  locale?: "en" | "tr";
  zoom?: number;
}) {
  return (
    <NextIntlClientProvider locale={locale} messages={catalogs[locale]} timeZone="UTC">
      <NodeProblemsProvider problems={problems} readOnly={readOnly}>
        <ReactFlowProvider>
          <div style={{ width: 1200, height: 800 }}>
            <ReactFlow
              nodes={nodes}
              edges={[]}
              nodeTypes={flowNodeTypes}
              defaultViewport={{ x: 0, y: 0, zoom }}
              minZoom={0.1}
            />
          </div>
        </ReactFlowProvider>
      </NodeProblemsProvider>
    </NextIntlClientProvider>
  );
}
