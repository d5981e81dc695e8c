import type { InboundMessage } from "../../io";
import type { JsonValue } from "../../json";

/** How a shared location is stored in a variable, by location requests and location questions alike. */
export function locationValue(message: Extract<InboundMessage, { kind: "location" }>): JsonValue {
  return {
    latitude: message.latitude,
    longitude: message.longitude,
    ...(message.name === undefined ? {} : { name: message.name }),
    ...(message.address === undefined ? {} : { address: message.address }),
  };
}
