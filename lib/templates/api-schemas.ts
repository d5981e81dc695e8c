import { z } from "zod";
import { outboundMessageSchema } from "@/lib/flow";
import { TEMPLATE_CATEGORIES, TEMPLATE_ICONS } from "./flow-template";
import { TEMPLATE_IDS } from "./template-ids";

/** JSON shapes of `GET /api/templates`, shared by the route handler and the gallery. */
const localizedJsonSchema = z.object({ en: z.string(), tr: z.string() });

export const previewLineJsonSchema = z.discriminatedUnion("from", [
  z.object({ from: z.literal("customer"), text: z.string() }),
  z.object({ from: z.literal("api") }),
  z.object({ from: z.literal("bot"), message: outboundMessageSchema }),
]);
export type PreviewLineJson = z.infer<typeof previewLineJsonSchema>;

const templateVersionJsonSchema = z.object({
  nodeCount: z.number().int(),
  preview: z.array(previewLineJsonSchema),
});

export const templateSummaryJsonSchema = z.object({
  id: z.enum(TEMPLATE_IDS),
  category: z.enum(TEMPLATE_CATEGORIES),
  icon: z.enum(TEMPLATE_ICONS),
  name: localizedJsonSchema,
  description: localizedJsonSchema,
  setup: z.object({ en: z.array(z.string()), tr: z.array(z.string()) }),
  versions: z.object({ en: templateVersionJsonSchema, tr: templateVersionJsonSchema }),
});
export type TemplateSummaryJson = z.infer<typeof templateSummaryJsonSchema>;

export const templateListJsonSchema = z.object({ templates: z.array(templateSummaryJsonSchema) });
