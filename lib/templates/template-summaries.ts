import type { Locale } from "@/lib/flow";
import type { TemplateSummaryJson } from "./api-schemas";
import type { FlowTemplate } from "./flow-template";
import { playPreview } from "./preview";
import { flowTemplates } from "./registry";

function version(template: FlowTemplate, locale: Locale) {
  const flow = template.build(locale);
  return { nodeCount: flow.nodes.length, preview: playPreview(flow, template.preview(locale)) };
}

let cached: TemplateSummaryJson[] | undefined;

/** What the gallery shows of every template, in both languages. Computed once: templates are code. */
export function templateSummaries(): TemplateSummaryJson[] {
  cached ??= flowTemplates.map((template) => ({
    id: template.id,
    category: template.category,
    icon: template.icon,
    name: template.name,
    description: template.description,
    setup: template.setup,
    versions: { en: version(template, "en"), tr: version(template, "tr") },
  }));
  return cached;
}
