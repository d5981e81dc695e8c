import type { Flow, Locale } from "@/lib/flow";
import { getTemplate } from "./registry";
import type { TemplateId } from "./template-ids";

/** A fresh document for "New flow from template": a new object every call, safe to store and edit. */
export function buildTemplateFlow(id: TemplateId, locale: Locale): Flow {
  return getTemplate(id).build(locale);
}
