import { z } from "zod";
import { apiFetch } from "@/components/providers/api-fetch";
import { flowDocumentSavedJsonSchema, flowSummaryJsonSchema } from "@/lib/flow-store/api-schemas";
import type { Flow } from "@/lib/flow";

const storedFlowJsonSchema = flowSummaryJsonSchema.extend({
  revision: z.number().int(),
  document: z.unknown(),
});
export type StoredFlowJson = z.infer<typeof storedFlowJsonSchema>;

const base = (slug: string, flowId: string) =>
  `/api/w/${encodeURIComponent(slug)}/flows/${encodeURIComponent(flowId)}`;

export function putFlowDocument(
  slug: string,
  flowId: string,
  body: { document: Flow; revision: number },
) {
  return apiFetch(`${base(slug, flowId)}/document`, flowDocumentSavedJsonSchema, {
    method: "PUT",
    body,
  });
}

export function getStoredFlow(slug: string, flowId: string): Promise<StoredFlowJson> {
  return apiFetch(base(slug, flowId), storedFlowJsonSchema);
}
