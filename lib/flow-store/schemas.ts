import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { TEMPLATE_IDS } from "@/lib/templates/template-ids";

export const flowNameSchema = z
  .string()
  .trim()
  .min(1, "errors.flowName.required")
  .max(100, "errors.flowName.tooLong");

/** A blank flow, or one built from a gallery template in `locale` (default: the UI's language). */
export const createFlowSchema = z.object({
  name: flowNameSchema,
  templateId: z.enum(TEMPLATE_IDS, { error: "errors.template.unknown" }).optional(),
  locale: z.enum(LOCALES, { error: "errors.template.locale" }).optional(),
});
export const renameFlowSchema = z.object({ name: flowNameSchema });
export const duplicateFlowSchema = z.object({ name: flowNameSchema });
export const listFlowsQuerySchema = z.object({ q: z.string().trim().max(100).optional() });

/** PUT …/flows/[flowId]/document: the whole draft document and the revision it was based on. */
export const saveFlowDocumentSchema = z.object({
  document: z.unknown().refine((value) => value !== undefined, "editor.errors.documentRequired"),
  revision: z.number().int().positive(),
});
