import type { OutboundMessage } from "@/lib/flow";
import { checkOutboundLimits } from "@/lib/whatsapp/client/check-outbound-limits";
import type { PayloadViolation } from "@/lib/whatsapp/client/validate-cloud-api-payload";

/**
 * What WhatsApp would refuse in a message, by Cloud API path. The same check the runtime runs
 * before sending, so the simulator flags exactly what live sending would reject.
 */
export class OutboundViolations {
  readonly all: PayloadViolation[];

  constructor(message: OutboundMessage) {
    this.all = checkOutboundLimits(message);
  }

  at(path: string): PayloadViolation | undefined {
    return this.all.find((v) => v.path === path);
  }
}
