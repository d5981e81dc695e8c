/**
 * Every template id, in gallery order (common first steps first). Kept apart from the registry so
 * request schemas and the browser can know the ids without loading every template's texts.
 */
export const TEMPLATE_IDS = [
  "lead-capture",
  "faq-menu",
  "order-status",
  "return-request",
  "abandoned-cart",
  "feedback-nps",
  "referral",
  "payment-help",
  "customer-info",
  "event-tickets",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(value: string): value is TemplateId {
  return TEMPLATE_IDS.some((id) => id === value);
}
