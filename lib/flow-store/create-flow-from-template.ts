import type { Executor } from "@/lib/db";
import type { Locale } from "@/lib/flow";
import { buildTemplateFlow, type TemplateId } from "@/lib/templates";
import { createFlow } from "./flows";

/** "New flow from template": the template's document in `locale`, stored as the new flow's draft. */
export async function createFlowFromTemplate(
  db: Executor,
  input: {
    workspaceId: string;
    name: string;
    userId: string;
    templateId: TemplateId;
    locale: Locale;
  },
): Promise<{ id: string }> {
  const { templateId, locale, ...flow } = input;
  return createFlow(db, { ...flow, document: buildTemplateFlow(templateId, locale) });
}
