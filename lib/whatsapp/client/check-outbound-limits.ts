/**
 * Would the Cloud API accept this engine message? Maps it and runs the same rules the emulator
 * applies, so "passes here" and "passes at the emulator" can never drift apart. The runtime calls
 * it before sending (a violation is a permanent failure, not worth a round trip to Meta).
 */
import { outboundMessageSchema, type OutboundMessage } from "@/lib/flow/io";
import { describeZodError } from "../describe-zod-error";
import { toCloudApiPayload } from "./to-cloud-api-payload";
import { validateCloudApiPayload, type PayloadViolation } from "./validate-cloud-api-payload";

/** A placeholder recipient: limits do not depend on who receives the message. */
const ANY_RECIPIENT = "15550000000";

export function checkOutboundLimits(msg: OutboundMessage): PayloadViolation[] {
  const parsed = outboundMessageSchema.safeParse(msg);
  if (!parsed.success) {
    return [
      {
        code: 100,
        path: "",
        message: `Not an outbound message: ${describeZodError(parsed.error)}`,
      },
    ];
  }
  return validateCloudApiPayload(toCloudApiPayload(ANY_RECIPIENT, parsed.data));
}
