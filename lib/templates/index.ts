/**
 * Public API of lib/templates: ready-made flows for our customers' use cases, in English and
 * Turkish. Pure — no I/O — so the API, the gallery and tests share it.
 */
export {
  TEMPLATE_CATEGORIES,
  TEMPLATE_ICONS,
  type FlowTemplate,
  type PreviewInput,
  type TemplateCategory,
  type TemplateIcon,
} from "./flow-template";
export { TEMPLATE_IDS, isTemplateId, type TemplateId } from "./template-ids";
export { flowTemplates, getTemplate } from "./registry";
export { buildTemplateFlow } from "./build-template-flow";
export { playPreview, type PreviewLine } from "./preview";
export { templateSummaries } from "./template-summaries";
export {
  templateListJsonSchema,
  templateSummaryJsonSchema,
  previewLineJsonSchema,
  type PreviewLineJson,
  type TemplateSummaryJson,
} from "./api-schemas";
