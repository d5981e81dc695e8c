import { abandonedCart } from "./catalog/abandoned-cart";
import { customerInfo } from "./catalog/customer-info";
import { eventTickets } from "./catalog/event-tickets";
import { faqMenu } from "./catalog/faq-menu";
import { feedbackNps } from "./catalog/feedback-nps";
import { leadCapture } from "./catalog/lead-capture";
import { orderStatus } from "./catalog/order-status";
import { paymentHelp } from "./catalog/payment-help";
import { referral } from "./catalog/referral";
import { returnRequest } from "./catalog/return-request";
import type { FlowTemplate } from "./flow-template";
import { TEMPLATE_IDS, type TemplateId } from "./template-ids";

/** Mapped over the ids, so adding an id without its template (or the reverse) does not compile. */
const registry: { readonly [K in TemplateId]: FlowTemplate<K> } = {
  "lead-capture": leadCapture,
  "faq-menu": faqMenu,
  "order-status": orderStatus,
  "return-request": returnRequest,
  "abandoned-cart": abandonedCart,
  "feedback-nps": feedbackNps,
  referral,
  "payment-help": paymentHelp,
  "customer-info": customerInfo,
  "event-tickets": eventTickets,
};

export const flowTemplates: readonly FlowTemplate<TemplateId>[] = TEMPLATE_IDS.map(
  (id) => registry[id],
);

export function getTemplate<K extends TemplateId>(id: K): FlowTemplate<K> {
  return registry[id];
}
