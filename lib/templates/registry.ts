import type { FlowTemplate } from "./flow-template";
import { abandonedCart } from "./catalog/abandoned-cart";
import { faqMenu } from "./catalog/faq-menu";
import { leadCapture } from "./catalog/lead-capture";
import { orderStatus } from "./catalog/order-status";
import { returnRequest } from "./catalog/return-request";

/** Gallery order: the most common first steps first. */
export const TEMPLATE_IDS = [
  "lead-capture",
  "faq-menu",
  "order-status",
  "return-request",
  "abandoned-cart",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

const registry: { readonly [K in TemplateId]: FlowTemplate<K> } = {
  "lead-capture": leadCapture,
  "faq-menu": faqMenu,
  "order-status": orderStatus,
  "return-request": returnRequest,
  "abandoned-cart": abandonedCart,
};

export const flowTemplates: readonly FlowTemplate<TemplateId>[] = TEMPLATE_IDS.map(
  (id) => registry[id],
);

export function isTemplateId(value: string): value is TemplateId {
  return Object.hasOwn(registry, value);
}

export function getTemplate<K extends TemplateId>(id: K): FlowTemplate<K> {
  return registry[id];
}
